for i in range(10):
    print(i)
for a, b in pairs:
    print(a, b)
for x in y:
    if x:
        break
    if not x:
        continue
else:
    z()
for i in [1, 2, 3]:
    pass
