s = {1, 2, 3}
f = frozenset({2, 3, 4})
print(sorted(s | f), type(s | f).__name__, type(f | s).__name__, type(s & f).__name__, type(f - s).__name__)
print(s == frozenset(s), f == set(f), s < frozenset({1, 2, 3, 4}), {frozenset(s): 1}[frozenset({3, 2, 1})])
print(sorted(s.union(f)), sorted(f.intersection(s)), f.isdisjoint({9}), s.issuperset(f & s))
nested = {frozenset({1}), frozenset({1, 2}), frozenset()}
print(sorted(len(x) for x in nested), frozenset() in nested, frozenset({2, 1}) in nested)
print(set([frozenset([1])]) == {frozenset({1})}, {1, 2} - {2} == {1})
ss = set()
for x in [3, 1, 3, 2, 1]:
    ss.add(x)
print(sorted(ss), len(ss), min(ss), max(ss), sum(ss))
print(sorted(set('aAbB') - set('ab')), {x.lower() for x in 'aAbB'} == {'a', 'b'})
