def depth(t):
    return 1 + max((depth(c) for c in t), default=0) if isinstance(t, tuple) else 0
print(depth(()), depth(((),)), depth(((), ((),))))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms('abc'))
def power_set(xs):
    if not xs:
        return [[]]
    rest = power_set(xs[1:])
    return rest + [[xs[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5))
def binsearch(a, v, lo=0, hi=None):
    hi = len(a) if hi is None else hi
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == v:
        return mid
    if a[mid] < v:
        return binsearch(a, v, mid + 1, hi)
    return binsearch(a, v, lo, mid)
arr = list(range(0, 100, 3))
print(binsearch(arr, 27), binsearch(arr, 28))
