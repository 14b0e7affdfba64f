# heapq: a comparison that mutates the heap (RuntimeError on a size change, slots swapped as
# CPython's C code does), argument counts and keywords worded as the C _heapq module.
import heapq

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def make(action):
    class Mut:
        def __init__(s, v, h): s.v = v; s.h = h
        def __lt__(s, o):
            if len(s.h) > 1:
                action(s.h)
            return s.v < o.v
        def __repr__(s): return 'M(%r)' % s.v
    return Mut

for name, action in (('pop', lambda h: h.pop()), ('append', lambda h: h.append(h[0])),
                     ('sort', lambda h: h.sort(key=lambda m: -m.v)),
                     ('reverse', lambda h: h.reverse())):
    Mut = make(action)
    for op in ('heapify', 'heappush', 'heappop', 'heappushpop', 'heapreplace',
               '_heapify_max', '_heappop_max', '_heapreplace_max'):
        h = []
        h.extend(Mut(v, h) for v in (5, 3, 8, 1, 9, 2, 7))
        fn = getattr(heapq, op)
        if op in ('heapify', 'heappop', '_heapify_max', '_heappop_max'):
            show(name + ' ' + op, lambda: (fn(h), h))
        else:
            show(name + ' ' + op, lambda: (fn(h, Mut(4, [])), h))

show('push0', lambda: heapq.heappush())
show('push1', lambda: heapq.heappush([]))
show('push3', lambda: heapq.heappush([], 1, 2))
show('pushkw', lambda: heapq.heappush([], item=1))
show('pushkw2', lambda: heapq.heappush(heap=[], item=1))
show('pop0', lambda: heapq.heappop())
show('pop2', lambda: heapq.heappop([1], 2))
show('popkw', lambda: heapq.heappop(heap=[1]))
show('heapify0', lambda: heapq.heapify())
show('replace1', lambda: heapq.heapreplace([1]))
show('pushpop3', lambda: heapq.heappushpop([1], 2, 3))
show('maxrep1', lambda: heapq._heapreplace_max([1]))
show('maxify2', lambda: heapq._heapify_max([1], [2]))
show('badlist', lambda: heapq.heappush((), 1))
show('badlist1', lambda: heapq.heapify(None))
class Sub(list): pass
h = Sub([5, 1, 3]); heapq.heapify(h); print(h, type(h).__name__, heapq.heappop(h), h)
