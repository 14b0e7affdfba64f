a = 1j
b = 1.5j
c = 1e3j
d = 0j
e = 1 + 2j
f = 10J
g = 1_0j
