import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=', ', end='!\n')
print(1, 2, 3, sep='\n')
print('no newline', end='')
print(' continued')
print(sep='x')
print(*range(5))
print(*'abc', sep='|')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(None, True, 1.0, [1], {'a': 1}, (1,), sep=' ; ')
print('x', end=None)
print('y', sep=None)
try:
    print('a', sep=1)
except TypeError as e:
    print(e)
try:
    print('a', end=5)
except TypeError as e:
    print(e)
try:
    print('a', bogus=1)
except TypeError as e:
    print(e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('into', 'object', file=w)
print(w.parts)
print('last', file=None)
print('é中😀')
n = sys.stdout.write('written directly\n')
print(n)
