print(*items, sep=", ", end="\n")
print(a, *b, c, sep="")
