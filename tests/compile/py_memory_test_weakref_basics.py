import gc
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'Obj({self.name})'
o = Obj('a')
r = weakref.ref(o)
print('alive:', r(), r() is o, weakref.getweakrefcount(o))
r2 = weakref.ref(o)
print('same ref object reused:', r is r2)
del o
print('after del:', r())
def cb(ref):
    print('callback, referent gone:', ref() is None)
o = Obj('b')
rc = weakref.ref(o, cb)
print('different ref with callback:', rc is not weakref.ref(o))
del o
print('-- weakrefs to builtins')
for v in ([], {}, 1, 'str', (1,)):
    try:
        weakref.ref(v)
        print(type(v).__name__, 'ok')
    except TypeError as e:
        print(e)
print('-- proxy')
o = Obj('c')
p = weakref.proxy(o)
print(p.name, repr(p.name))
del o
try:
    p.name
except ReferenceError as e:
    print('ReferenceError:', e)
print('-- cycle cleared by gc clears the weakref')
gc.disable()
gc.collect()
x = Obj('cyc')
x.me = x
wr = weakref.ref(x, lambda ref: print('callback from gc'))
del x
print('still alive before collect:', wr() is not None)
gc.collect()
print('after collect:', wr())
gc.enable()
