f = frozenset([3, 1, 2, 1])
print(len(f), sorted(f), 1 in f, type(f).__name__)
print(frozenset(), repr(frozenset()), repr(frozenset([1])), frozenset('a'))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset()))
print(hash(frozenset()))
d = {frozenset([1, 2]): 'pair'}
print(d[frozenset([2, 1])])
print(type(f | {9}).__name__, type({9} | f).__name__, sorted(f & {1, 5}), type(f - {1}).__name__)
print(f == {1, 2, 3}, f.issubset({1, 2, 3, 4}), f.union([4]), f.copy() is f)
try:
    f.add(5)
except AttributeError as e:
    print(e)
print(frozenset([frozenset([1])]), {frozenset(): 0})
g = f
g |= {10}
print(sorted(f), sorted(g), g is f)
