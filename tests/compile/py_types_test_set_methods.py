s = {3}
s.add(1); s.add(1); s.add('a')
print(len(s), 1 in s, 'b' in s)
s.discard('a'); s.discard('missing')
print(sorted(s))
s.remove(3)
try:
    s.remove(3)
except KeyError as e:
    print('KeyError', e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print(e)
t = {1, 2}
u = t.copy()
u.add(3)
print(sorted(t), sorted(u))
t.clear()
print(t, repr(set()), repr({1}), type({1}).__name__)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    set().add({})
except TypeError as e:
    print(e)
print({frozenset({1}), frozenset({1})}, {(1, 2)})
n = {1, 2, 3}
try:
    for x in n:
        n.add(x + 10)
except RuntimeError as e:
    print(e)
print(sorted({x % 3 for x in range(10)}), {i for i in range(3)} == set(range(3)))
ints = {5, 3, 1, 4, 2}
print(ints, list(ints), set(range(10)))
print({-1, -2, -3} == {-3, -2, -1}, sorted({-1, -2, 3}))
ss = set()
ss.add(ss.__class__.__name__)
print(ss)
