# heapq: exact list contents after each operation, merge/nlargest/nsmallest with keys, ties and reverse, the private max-heap helpers, and CPython's errors
import heapq
import random

rng = random.Random(12345)
data = [rng.randrange(50) for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)])
print(h)
a = data[:]
heapq.heapify(a)
print(a)
print(heapq.heapreplace(a, 25), a)
print(heapq.heappushpop(a, -1), heapq.heappushpop(a, 30), a)
print(heapq.heappushpop([], 5))
b = data[:]
heapq._heapify_max(b)
print(b)
print(heapq._heappop_max(b), heapq._heapreplace_max(b, 3), b)
print(heapq._heappop_max([7]))

# stability: records that compare equal on the key part
class Rec:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return '%s%s' % (self.k, self.tag)
recs = [Rec(k, t) for t, k in enumerate([3, 1, 3, 2, 1, 3, 2, 1, 0, 3])]
hh = []
for r in recs:
    heapq.heappush(hh, r)
print(hh)
print([heapq.heappop(hh) for _ in range(len(recs))])
hh = recs[:]
heapq.heapify(hh)
print(hh)
print(heapq.heapreplace(hh, Rec(1, 'x')), hh)

words = 'the quick brown fox jumps over the lazy dog again and again'.split()
for n in (0, 1, 2, 3, 5, 11, 12, 20, -1):
    print(n, heapq.nsmallest(n, words), heapq.nlargest(n, words))
    print(n, heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
    print(n, heapq.nsmallest(n, iter(words), key=len), heapq.nlargest(n, iter(words), key=len))
    print(n, heapq.nsmallest(n, iter(words)), heapq.nlargest(n, iter(words)))
print(heapq.nsmallest(3, []), heapq.nlargest(3, iter([])), heapq.nsmallest(1, []), heapq.nlargest(1, [], key=len))
nums = [rng.randrange(20) for _ in range(100)]
print(heapq.nsmallest(7, nums, key=lambda v: v % 5), heapq.nlargest(7, nums, key=lambda v: v % 5))
print(heapq.nsmallest(7, iter(recs)), heapq.nlargest(4, iter(recs), key=lambda r: r.k))

print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1])))
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge([7, 5, 3], [8, 4, 1], [6], reverse=True)))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge(['kangaroo', 'fish', 'cat'], ['horse', 'dog'], key=len, reverse=True)))
print(list(heapq.merge([Rec(1, 'a'), Rec(2, 'a')], [Rec(1, 'b'), Rec(2, 'b')], [Rec(1, 'c')])))
print(list(heapq.merge([Rec(2, 'a'), Rec(1, 'a')], [Rec(2, 'b'), Rec(1, 'b')], reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b')], key=lambda t: t[0])))
m = heapq.merge(iter([1, 2]), iter([3]))
print(type(m).__name__, next(m), list(m))
print(sorted(heapq.__all__))

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
for f in (heapq.heappush, heapq.heappushpop, heapq.heapreplace):
    show(f, (), 1)
    show(f, None, 1)
for f in (heapq.heappop, heapq.heapify):
    show(f, ())
show(heapq.heappop, [])
show(heapq.heapreplace, [], 1)
show(heapq.heappush, [1, 'a'], 2)
show(heapq.heapify, [1, 'a', 2])
show(heapq.nsmallest, 2, 5)
show(heapq.nlargest, 'x', [1, 2])
show(lambda: list(heapq.merge([1], 5)))
