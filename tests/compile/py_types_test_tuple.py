t = (1, 'two', 3.0, [4], (5,))
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], type(t[1:3]).__name__)
print((), (1,), tuple(), tuple('abc'), tuple([1, 2]), tuple(range(3)), tuple({1: 2}))
print((1, 2) + (3,), (1, 2) * 2, 0 * (1,), 2 in (1, 2), (1, 2).count(1), (1, 2, 1).index(1, 1))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), (1,) == [1])
t[3].append('mut')
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    hash(t)
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
a, b, c = (1, 2, 3)
print(a, b, c)
try:
    (1, 2).index(5)
except ValueError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
nested = ((1, 2), (3, 4))
print([x for pair in nested for x in pair], sum(nested, ()), max(nested), sorted(nested, reverse=True))
print(tuple(reversed((1, 2, 3))), list(enumerate(('a', 'b'))), (1,) * 0 == ())
print(repr((1,)), repr(('a', "b'")), str(((),)))
x = (1, 2)
y = x
x += (3,)
print(x, y, x is y)
