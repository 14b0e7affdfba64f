a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference([1, 9])))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a > {1}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({8}))
print({1, 2} == {2, 1}, {1} != {1, 2}, set() == frozenset(), {1} == frozenset({1}))
c = set(a)
c |= {10}; print(sorted(c))
c &= {1, 2, 10}; print(sorted(c))
c -= {1}; print(sorted(c))
c ^= {2, 3}; print(sorted(c))
c.update([5], (6,)); print(sorted(c))
c.intersection_update([5, 6, 3]); print(sorted(c))
c.difference_update({5}); print(sorted(c))
c.symmetric_difference_update({3, 4}); print(sorted(c))
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
print(sorted(set('hello')), set(), len({1, 1.0, True}), {0, False, 0.0})
