# sys._getframe: the running frame's code, depth walking, f_back chains, errors, attributes
import sys

def here():
    return sys._getframe(0).f_code.co_name

print(here(), sys._getframe().f_code.co_name)

def outer():
    return inner()

def inner():
    f = sys._getframe()
    return [f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name,
            sys._getframe(2).f_code.co_name]

print(outer())

def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def a():
    return b()

def b():
    return c()

def c():
    return chain()

print(a())
print(chain())

def depth_error():
    n = 0
    while True:
        try:
            sys._getframe(n)
        except ValueError as e:
            return n, str(e)
        n += 1

print(depth_error())
print(sys._getframe(-5) is sys._getframe())
for bad in ('x', 1.5, None):
    try:
        sys._getframe(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys._getframe(0, 1)
except TypeError as e:
    print(e)
try:
    sys._getframe(depth=0)
except TypeError as e:
    print(e)

# the same frame object is returned while the frame runs
def same():
    return sys._getframe() is sys._getframe(), sys._getframe(1) is sys._getframe(1)

print(same())
top = sys._getframe()
print(top.f_back, top.f_globals is globals(), top.f_locals is globals())
print(top.f_builtins is __builtins__.__dict__, type(top).__name__, type(top).__module__)
print(top.f_code is sys._getframe().f_code, top.f_code.co_name, top.f_code.co_filename)

def reprs():
    f = sys._getframe()
    r = repr(f)
    return r[:10], r[r.index(','):]

print(reprs())

def trace_attr():
    f = sys._getframe()
    before = f.f_trace
    f.f_trace = print
    middle = f.f_trace is print
    f.f_trace = None
    return before, middle, f.f_trace, f.f_trace_lines, f.f_trace_opcodes

print(trace_attr())

def lasti():
    f = sys._getframe()
    x = f.f_lasti
    y = f.f_lasti
    return type(x).__name__, x > 0, y > x, (y - x) % 2

print(lasti())
for name in ('f_back', 'f_code', 'f_globals', 'f_lineno', 'f_lasti', 'f_locals'):
    try:
        setattr(top, name, None)
    except (AttributeError, ValueError) as e:
        print(name, type(e).__name__, e)
for value in (None, 3):
    try:
        top.f_lineno = value
    except ValueError as e:
        print(e)
for name in ('f_lineno', 'f_back'):
    try:
        delattr(top, name)
    except AttributeError as e:
        print(e)
del top.f_trace
print(top.f_trace)
try:
    top.f_nope
except AttributeError as e:
    print(e)
