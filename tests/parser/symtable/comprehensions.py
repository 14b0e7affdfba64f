a = [x for x in range(3)]
b = {x: y for x, y in z}
c = {x for x in a if x}
d = (i * j for i in a for j in b)
