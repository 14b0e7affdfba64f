print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-1)), list(enumerate([])))
print(list(enumerate('ab', 10 ** 20)))
print(list(zip('abc', [1, 2, 3])), list(zip('ab', [1, 2, 3])), list(zip('a')), list(zip()))
print(list(zip('ab', 'cd', 'ef')), dict(zip('ab', range(2))), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(zip('ab', 'cd', strict=True)))
try:
    list(zip('ab', 'c', strict=True))
except ValueError as e:
    print(e)
try:
    list(zip('a', 'bc', strict=True))
except ValueError as e:
    print(e)
try:
    list(zip('ab', 'cd', 'e', strict=True))
except ValueError as e:
    print(e)
for i, (a, b) in enumerate(zip('xy', 'pq')):
    print(i, a, b)
e = enumerate('ab')
print(type(e).__name__, next(e), next(e), next(e, None))
try:
    enumerate('a', 'b')
except TypeError as e:
    print(e)
try:
    zip(1)
except TypeError as e:
    print(e)
