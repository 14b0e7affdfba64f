# itertools combinatoric iterators: product, permutations, combinations,
# combinations_with_replacement (results, edge cases, error messages; no classes).
from itertools import product, permutations, combinations, combinations_with_replacement as cwr


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("no error", list(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# product
print(list(product("ab", range(3))), list(product()), list(product([])), list(product("ab", [])))
print(list(product("ab", repeat=2)), list(product(repeat=3)), list(product("ab", repeat=0)))
print(list(product([1, 2], "x", repeat=2)), len(list(product(range(3), range(4), range(5)))))
p = product("xy", "z")
print(next(p), list(p), list(p))
err(product, 1)
err(product, "a", repeat=-1)
err(product, "a", repeat="x")
err(product, "a", times=2)
# permutations
print(list(permutations("abc")), list(permutations("abcd", 2)), list(permutations([], 0)))
print(list(permutations("ab", 0)), list(permutations("ab", 3)), list(permutations([])))
print(list(permutations(range(3), r=None)), len(list(permutations(range(6)))), len(list(permutations(range(6), 4))))
err(permutations)
err(permutations, "abc", -1)
err(permutations, "abc", "x")
err(permutations, 5)
err(permutations, "ab", 1, 2)
# combinations
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)))
print(list(combinations("ab", 3)), list(combinations([], 0)), list(combinations([], 1)))
print(len(list(combinations(range(10), 4))), list(combinations(iterable="abc", r=3)))
err(combinations, "abc")
err(combinations)
err(combinations, "abc", -2)
err(combinations, "abc", 1.5)
err(combinations, "abc", None)
# combinations_with_replacement
print(list(cwr("abc", 2)), list(cwr([], 0)), list(cwr([], 2)), list(cwr("ab", 0)), list(cwr("a", 3)))
print(len(list(cwr(range(5), 3))))
err(cwr, "abc")
err(cwr, "abc", -1)
print(type(product()).__name__, type(cwr("", 0)).__name__, type(permutations("")), type(combinations("", 1)))
