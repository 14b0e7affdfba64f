a = 1if b else 2
c = [0x1for x in y]
d = 1_2.3_4e5_6
e = 0.0
f = 1.
g = 0x0
