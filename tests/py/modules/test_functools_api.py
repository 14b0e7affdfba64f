# functools.reduce, partial and cmp_to_key: results, attributes, reprs, errors (no classes).
import functools
from functools import reduce, partial, cmp_to_key


def err(f, *a, **k):
    try:
        print("no error", f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def add(a, b):
    return a + b


# reduce
print(reduce(add, [1, 2, 3, 4]), reduce(add, [], 10), reduce(add, [5]), reduce(add, "abc", "x"))
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(max, [3, 9, 2], 0), reduce(add, iter([1, 2]), 3))
err(reduce, add, [])
err(reduce, add)
err(reduce, add, 5)
err(reduce, add, [1, 2], 0, 4)
err(reduce, add, [1, "a"])
err(reduce, add, [1], initial=3)
# partial
p = partial(add, 1)
print(p(2), p.func is add, p.args, p.keywords, repr(p).startswith("functools.partial(<function add"))
p2 = partial(int, base=2)
print(p2("101"), p2("11", base=3), p2.args, p2.keywords, repr(p2))
p3 = partial(p, 10)
print(p3(), p3.func is add, p3.args, type(p3))
p4 = partial(max, 1, 5, key=lambda x: -x)
print(p4(3), p4(), len(p4.keywords))
print(repr(partial(len)), repr(partial(max, 1, "a", default=None)))
print(partial(print, sep="-")("a", "b") is None)
err(partial)
err(partial, 5)
err(partial(add, 1, 2))
err(partial(add, 1, 2, 3))
q = partial(partial(add, b=1), a=2)
print(q(), q.keywords, q.func is add)
err(setattr, p, "func", len)
# cmp_to_key
def cmp(a, b):
    return (a > b) - (a < b)


def rev(a, b):
    return b - a


print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted([3, 1, 2], key=cmp_to_key(rev)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(cmp)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == k2, k1 <= K(1), k1 != K(1), k2 >= k1, k1.obj, K(obj=7).obj)
print(type(K).__name__, type(k1).__name__, max([1, 5, 3], key=cmp_to_key(rev)))
err(lambda: k1 < 3)
err(K)
err(cmp_to_key)
err(lambda: cmp_to_key(lambda a, b: "x")(1) < K(2))
print(min([4, 2, 8], key=K))
