import gc
import sys
gc.disable()
gc.collect()
def make_cycle():
    a = {}
    b = {'a': a}
    a['b'] = b
    return a
import weakref
class Box:
    pass
def make_box_cycle():
    x = Box()
    x.me = x
    return weakref.ref(x)
r = make_box_cycle()
print('after function returns, cycle keeps box alive:', r() is not None)
print('collect:', gc.collect())
print('box gone after collection:', r() is None)
c = make_cycle()
print('refcount of cycle dict held by name (minus getrefcount arg):', sys.getrefcount(c) - 1)
del c
print('collect dict cycle:', gc.collect())
def no_cycle():
    x = Box()
    return weakref.ref(x)
r2 = no_cycle()
print('no cycle: freed immediately by refcounting:', r2() is None)
gc.enable()
