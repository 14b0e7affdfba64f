# generator frames: gi_frame from creation to exhaustion (None once finished), its line and
# locals at each yield, f_back while running, gi_running, gi_code, gi_yieldfrom, clear()
import sys

def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    return 'done'

g = counter(3)
fr = g.gi_frame
print(type(fr).__name__, fr.f_lineno, fr.f_lasti, fr.f_back, sorted(fr.f_locals))
print(g.gi_code is counter.__code__, g.gi_code.co_name, g.gi_running, g.gi_yieldfrom)
print(next(g), fr.f_lineno, fr.f_locals, g.gi_frame is fr)
print(next(g), fr.f_lineno, fr.f_locals['total'])
print(list(g), g.gi_frame, g.gi_code.co_name)
print(fr.f_lineno, fr.f_locals, fr.f_code.co_name, fr.f_back)

def introspect():
    me = sys._getframe()
    yield me.f_code.co_name, me.f_back.f_code.co_name
    yield me.f_back is sys._getframe(1)
    yield gen.gi_running

gen = introspect()
print(next(gen))
print(next(gen))
print(next(gen), gen.gi_running)

def driver():
    return next(gen2)

def introspect2():
    yield sys._getframe().f_back.f_code.co_name

gen2 = introspect2()
print(driver())

def inner():
    yield 1
    yield 2

def outer():
    yield 0
    result = yield from inner()
    yield 3

o = outer()
print(next(o), o.gi_yieldfrom)
print(next(o), type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_code.co_name)
print(next(o), next(o), o.gi_yieldfrom)
print(list(o), o.gi_frame, o.gi_yieldfrom)

def cleanup():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('finally ran')

c = cleanup()
next(c)
cf = c.gi_frame
print(cf.clear(), c.gi_frame, cf.f_locals)
try:
    next(c)
except StopIteration:
    print('stopped after clear')

def never_started():
    yield 1

ns = never_started()
nf = ns.gi_frame
nf.clear()
print(ns.gi_frame, list(ns))

def clears_itself():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        yield str(e)

print(list(clears_itself()))

def kept_after_close():
    x = 'local'
    yield 1

k = kept_after_close()
next(k)
kf = k.gi_frame
k.close()
print(k.gi_frame, kf.f_locals, kf.f_lineno)
del k
print(kf.f_code.co_name, kf.f_locals)

def sizes():
    a = b = 0
    yield 1

s = sizes()
print(sys.getsizeof(s), sys.getsizeof(s.gi_frame))
try:
    s.gi_frame = None
except AttributeError as e:
    print(e)
