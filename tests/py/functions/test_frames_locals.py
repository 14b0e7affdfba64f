# frame.f_locals: a dict refreshed from the fast locals (PyFrame_FastToLocals), the same dict
# as locals(); cells and free variables by value; the namespace itself for modules and classes
import sys

def snapshot():
    a = 1
    f = sys._getframe()
    d1 = f.f_locals
    first = sorted(d1)
    b = 2
    d2 = f.f_locals
    del a
    d3 = f.f_locals
    return first, d1 is d2 is d3, sorted(d3), d3['b'], d3 is locals()

print(snapshot())

def stale():
    x = 'old'
    d = locals()
    x = 'new'
    before = d['x']
    locals()
    return before, d['x']

print(stale())

def writes_ignored():
    v = 1
    sys._getframe().f_locals['v'] = 99
    sys._getframe().f_locals['extra'] = 5
    return v, sorted(locals())

print(writes_ignored())

def unbound_left_out():
    if False:
        never = 1
    here = 2
    return sorted(sys._getframe().f_locals)

print(unbound_left_out())

def with_cells():
    shared = [1]
    other = 'o'
    def inner():
        free_seen = sorted(sys._getframe().f_locals)
        return free_seen, shared, sys._getframe().f_locals['shared'] is shared
    outer_view = sorted(sys._getframe().f_locals)
    return outer_view, inner()

print(with_cells())

def args_and_star(p, q=2, *rest, k=3, **kw):
    return sorted(sys._getframe().f_locals.items())

print(args_and_star(1, 5, 6, k=7, z=8))
print(sys._getframe().f_locals is globals(), locals() is globals(), vars() is globals())

class Body:
    x = 1
    ns = sys._getframe().f_locals
    same = ns is locals()
    keys = sorted(k for k in ns if not k.startswith('__'))
    del ns

print(Body.same, Body.keys, Body.x)

def make_class(n):
    class Inner:
        m = n
        seen = sorted(k for k in sys._getframe().f_locals if not k.startswith('__'))
    return Inner

print(make_class(4).seen, make_class(4).m)

def comprehension():
    base = 10
    return [sorted(sys._getframe().f_locals) for i in range(1)], \
        [sys._getframe().f_code.co_name for i in range(1)]

print(comprehension())

def dir_and_vars():
    alpha = 1
    beta = 2
    return dir(), sorted(vars()), globals() is sys._getframe().f_globals

print(dir_and_vars())

def live_view():
    f = sys._getframe()
    out = []
    for i in range(3):
        out.append(f.f_locals['i'])
    return out

print(live_view())
