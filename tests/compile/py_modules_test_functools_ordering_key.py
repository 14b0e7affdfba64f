import functools
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f'V({self.v})'
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == V(1), a != b, b >= b)
print(sorted([V(3), V(1), V(2)]), max(V(5), V(7)))
def cmp(x, y):
    return (x > y) - (x < y)
def by_len_then_alpha(x, y):
    return cmp(len(x), len(y)) or cmp(x, y)
print(sorted(['bb', 'a', 'ccc', 'ab', 'b'], key=functools.cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))
K = functools.cmp_to_key(cmp)
print(K(1) < K(2), K(2) == K(2), K(3) > K(1))
class P:
    def __init__(self):
        self.n = 0
    @functools.cached_property
    def expensive(self):
        self.n += 1
        return 'computed'
p = P()
print(p.expensive, p.expensive, p.n, 'expensive' in vars(p))
del p.expensive
print(p.expensive, p.n)
