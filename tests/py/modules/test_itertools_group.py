# itertools.zip_longest and groupby: results, grouper invalidation, errors (no classes).
from itertools import zip_longest, groupby


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("no error", list(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


# zip_longest
print(list(zip_longest("abc", [1, 2])), list(zip_longest()), list(zip_longest([], [])))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest("abc")))
print(list(zip_longest(range(3), [], "q", fillvalue=0)), list(zip_longest([1], fillvalue=None)))
z = zip_longest("a", "bc")
print(next(z), next(z), list(z), list(z))
err(zip_longest, "a", fill=1)
err(zip_longest, "a", fillvalue=1, x=2)
err(zip_longest, 1)
err(list, zip_longest([1], map(lambda x: 1 // x, [1, 0])))
# groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")], list(groupby([])))
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([(k, len(list(g))) for k, g in groupby("aAbBBc", str.lower)])
gs = list(groupby("aabbc"))
print([(k, list(g)) for k, g in gs])
it = groupby("aaabb")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2), list(it))
it = groupby([1, 1, 2], key=None)
print([(k, list(g)) for k, g in it])
print(type(next(groupby("a"))[1]).__name__)
err(groupby)
err(groupby, 5)
err(list, groupby([1, 2], len))
err(groupby, "a", None, 3)
