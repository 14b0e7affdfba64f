# weakref.finalize on functions: call on death, early call, detach, in a collected cycle, atexit order at interpreter exit; WeakMethod and KeyedRef basics
import weakref, gc, sys
def mk(n):
    def f(): pass
    f.__name__ = n
    return f
# finalize
def cleanup(name, **kw):
    print("cleanup", name, kw)
    return name.upper()
o = mk("o")
fz = weakref.finalize(o, cleanup, "o", x=1)
print(fz.alive, fz.atexit, fz.peek()[0] is o, fz.peek()[2:], repr(fz)[:17])
del o
print(fz.alive, fz.peek(), repr(fz).endswith("; dead>"))
o2 = mk("o2")
f2 = weakref.finalize(o2, cleanup, "o2")
print(f2(), f2(), f2.alive)
o3 = mk("o3")
f3 = weakref.finalize(o3, cleanup, "o3")
print(f3.detach()[2:], f3.alive, f3.detach())
del o3
o4 = mk("o4")
o4.me = o4
weakref.finalize(o4, cleanup, "cycle")
del o4
print("collect", gc.collect())
o5 = mk("o5")
weakref.finalize(o5, cleanup, "at exit 1")
o6 = mk("o6")
weakref.finalize(o6, cleanup, "at exit 2")
o7 = mk("o7")
f7 = weakref.finalize(o7, cleanup, "never")
f7.atexit = False
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
k = weakref.KeyedRef(o7, None, "key")
print(k.key, k() is o7, isinstance(k, weakref.ref), type(k).__name__)
print(sys.getsizeof(f7), sys.getsizeof(k))  # finalize has no fields (__slots__ = ())
print("end")
