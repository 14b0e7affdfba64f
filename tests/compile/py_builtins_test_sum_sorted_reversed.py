print(sum([1, 2, 3]), sum([]), sum([], 10), sum([1.5, 2.5]), sum(range(5), start=100), sum([[1], [2]], []))
print(sum([0.1] * 10), sum([1, 2.0, 3j]), sum((x for x in range(4))), sum([True, True]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
try:
    sum([1, 'a'])
except TypeError as e:
    print(e)
print(sorted([3, 1, 2]), sorted('cba'), sorted((2, 1)), sorted({2, 1}), sorted({'b': 1, 'a': 2}))
print(sorted([3, 1, 2], reverse=True), sorted(['a', 'B', 'c'], key=str.lower), sorted([], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(e)
print(sum([1e100, 1.0, -1e100]), sum([2 ** 64, 2 ** 64]), sum([1] * 100000))
