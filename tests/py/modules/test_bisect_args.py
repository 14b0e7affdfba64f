# bisect: comparison direction, key, bounds and argument errors as CPython's C _bisect; operator.index's TypeError.
import bisect
calls = []
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o): calls.append(('lt', s.v, o.v if isinstance(o, K) else o)); return s.v < (o.v if isinstance(o, K) else o)
a = [K(i) for i in (1, 2, 2, 3, 5)]
for f in (bisect.bisect_left, bisect.bisect_right):
    calls.clear(); print(f.__name__, f(a, K(2)), calls)
print(bisect.bisect_left([1, 2, 2, 3], 2, 1, 3), bisect.bisect_right([1, 2, 2, 3], 2, hi=2), bisect.bisect([], 1))
l = []; [bisect.insort(l, x) for x in (3, 1, 2, 2)]; print(l)
l = [(1, 'a'), (3, 'b')]; bisect.insort_left(l, (2, 'c'), key=lambda t: t[0]); print(l)
print(bisect.bisect_right(['aa', 'b', 'ccc'], 2, key=len))
for bad in ((-1, None), ('x', None)):
    try: bisect.bisect_left([1], 1, *bad)
    except Exception as e: print(type(e).__name__, e)
try: bisect.bisect([1], 1, 0, 'x')
except Exception as e: print(type(e).__name__, e)
import operator
for v in ('x', 1.5, True, 2**70):
    try: print(operator.index(v), type(operator.index(v)).__name__)
    except TypeError as e: print('TypeError', e)
