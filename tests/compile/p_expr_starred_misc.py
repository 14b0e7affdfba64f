print(*args, sep="")
x = *a, *b
for x in *a, *b: pass
