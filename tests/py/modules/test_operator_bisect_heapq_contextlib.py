# operator, bisect, heapq and contextlib (bundled Python modules) against CPython
import operator, bisect, heapq, contextlib, io, sys
print(operator.add(2, 3), operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3j))
print(operator.methodcaller('upper')('x'), operator.itemgetter(1, 0), operator.attrgetter('a.b'), operator.methodcaller('f', 1, k=2))
print(sorted([(1, 'b'), (0, 'a'), (2, 'c')], key=operator.itemgetter(1)), operator.truth([]), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
a = [1, 3, 5, 7]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 5), bisect.bisect_right(a, 5)); bisect.insort(a, 4); print(a)
print(bisect.bisect([('a', 1), ('c', 3)], 'b', key=lambda t: t[0]))
h = []
for x in [5, 1, 8, 3, 9, 2]: heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3], key=lambda v: -v), list(heapq.merge([1, 4, 7], [2, 5], [3])))
l = [9, 7, 5, 3, 1]; heapq.heapify(l); print(l, heapq.heapreplace(l, 4), l, heapq.heappushpop(l, 0))
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with contextlib.suppress(KeyError):
    {}['x']
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
with contextlib.nullcontext(5) as v:
    print(v)
class Res:
    def close(self): print("closed")
with contextlib.closing(Res()):
    pass
@tag("deco")
def f():
    print("in f")
f()
