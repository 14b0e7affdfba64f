a < b < c < d
a == b != c
x is not None and y not in z
1 < x <= 10
