a = b < c
a = b <= c != d
a = b is c
a = b is not c
a = b in c
a = b not in c
a = 1 < b < 3 < c
