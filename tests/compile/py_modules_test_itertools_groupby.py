import itertools as it
for k, g in it.groupby('AAAABBBCCDAABBB'):
    print(k, list(g))
print([(k, len(list(g))) for k, g in it.groupby([1, 1, 2, 3, 3, 3, 1])])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for k, g in it.groupby(sorted(words), key=lambda w: w[0]):
    print(k, list(g))
for k, g in it.groupby(range(10), key=lambda v: v // 3):
    print(k, list(g))
groups = [(k, g) for k, g in it.groupby('aabb')]
print([(k, list(g)) for k, g in groups])
print(list(it.groupby([])))
