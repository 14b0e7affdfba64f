n = 0
while n < 10:
    n += 1
    if n == 5:
        break
else:
    print("done")
print(n)
