a + b * c ** d
-a ** 2
not a < b
a if b or c else d and e
lambda: a if b else c
a | b & c ^ d
a << b + c
a @ b * c
(a, b) + (c,)
