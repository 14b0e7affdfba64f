for i in range(10):
    print(i)
for a, b in items:
    pass
else:
    pass
for (x, y), z in w: pass
for *a, b in c: pass
for x in 1, 2, 3: pass
for x.y in z: pass
