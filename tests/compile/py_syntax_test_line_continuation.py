total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,
    3,
]
print(items)
s = ('implicit '
     'joining '
     'works')
print(s)
def f(a,
      b,
      c):
    return a + b + c
print(f(1,
        2,
        3))
x = 1; y = 2; z = x + y; print(z)
if x: print('a'); print('b')
d = {
    'k': 1,  # comment
    # full comment line
    'j': 2,
}
print(d)
