data = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(data), sorted(data, reverse=True), data)
data.sort(); print(data)
data.sort(reverse=True); print(data)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
recs = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
by = sorted(recs, key=lambda r: r[1])
print(by)
print(sorted(by, key=lambda r: r[1], reverse=True))
print(sorted([3.5, 1, 2.25, True]), sorted('hello'), sorted({3: 1, 1: 2}), sorted([]))
try:
    [1, 'a'].sort()
except TypeError as e:
    print(e)
l = [3, 2, 1]
try:
    l.sort(key=lambda v: 1 / (v - 2))
except ZeroDivisionError as e:
    print(e, l)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(), (0,)]), sorted(range(10), key=lambda v: v % 3))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(999)))
try:
    sorted([1], bad=1)
except TypeError as e:
    print(e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print(e)
