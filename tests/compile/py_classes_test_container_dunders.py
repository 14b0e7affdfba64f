class Box:
    def __init__(self):
        self.d = {}
    def __len__(self):
        return len(self.d)
    def __getitem__(self, k):
        print('get', k)
        return self.d[k]
    def __setitem__(self, k, v):
        print('set', k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.d[k]
    def __contains__(self, k):
        print('contains', k)
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
    def __reversed__(self):
        return iter(sorted(self.d, reverse=True))
b = Box()
b['x'] = 1
b['y'] = 2
print(len(b), b['x'], 'x' in b, 'z' not in b)
del b['x']
print(list(b), list(reversed(b)))
try:
    b['nope']
except KeyError as e:
    print('KeyError', e)
b[1, 3] = 'tuple key'
print(b.d)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s, list(reversed([*s])))
for v in s:
    print('iter', v)
class Sized:
    def __len__(self):
        return 3
print(len(Sized()), bool(Sized()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class Missing(dict):
    def __missing__(self, k):
        return f'missing {k}'
m = Missing(a=1)
print(m['a'], m['b'], m.get('b'))
