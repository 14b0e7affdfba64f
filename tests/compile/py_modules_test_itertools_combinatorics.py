import itertools as it
print(list(it.product('ab', [1, 2])), list(it.product('ab', repeat=2)), list(it.product()), list(it.product('ab', [])))
print(len(list(it.product(range(3), repeat=4))), list(it.product([0, 1], 'x', (True,))))
print(list(it.permutations('abc')), list(it.permutations('abc', 2)), list(it.permutations([], 0)), list(it.permutations('ab', 3)))
print(list(it.permutations(range(3), 1)), len(list(it.permutations(range(6)))))
print(list(it.combinations('abcd', 2)), list(it.combinations('abc', 0)), list(it.combinations('ab', 3)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('a', 3)))
print(len(list(it.combinations(range(10), 5))), len(list(it.combinations_with_replacement(range(5), 3))))
try:
    list(it.combinations('abc', -1))
except ValueError as e:
    print(e)
print(list(it.permutations([1, 1, 2])))
