# itertools.tee: independent iterators over one source, copies, long runs, errors.
from itertools import tee, islice, count


def err(f, *a, **k):
    try:
        print("no error", f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ":", e)


a, b = tee("abcde")
print(next(a), next(a), list(b), list(a), list(a), list(b))
print(tee([1, 2], 0), len(tee([1], 5)), [list(t) for t in tee(range(3), 3)])
x, = tee(range(2), 1)
print(type(x).__name__, list(x))
a, b = tee(range(200))
print(sum(a), list(islice(b, 55, 60)), len(list(b)))
c, d = tee(count())
print(list(islice(c, 3)), next(d), next(d))
e, f = tee(c)
print(next(e), next(e), next(f), next(c))
g = c.__copy__()
print(next(g), next(c), next(g))
p, q = tee(iter([]))
print(list(p), list(q))
src = iter([1, 2, 3])
m, n = tee(src)
print(next(m), next(src), next(n), list(n), list(m))
err(tee)
err(tee, [1], -1)
err(tee, [1], "x")
err(tee, 5)
err(tee, [1], 2, 3)
err(tee, [1], n=2)
