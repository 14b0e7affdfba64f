a = b[1:2, ::3]
c = d[x:y:z]
e = f[::-1]
g[1:] = h
del i[:2]
j = k[...]
