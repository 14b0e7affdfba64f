import gc
import weakref
class Res:
    def __init__(self, name):
        self.name = name
def cleanup(name):
    print('finalize ran for', name)
r = Res('a')
fin = weakref.finalize(r, cleanup, 'a')
print('alive:', fin.alive)
del r
print('after del, alive:', fin.alive)
r2 = Res('b')
fin2 = weakref.finalize(r2, cleanup, 'b')
print('calling finalizer early returns its result:', fin2())
print('alive after call:', fin2.alive, 'second call:', fin2())
del r2
r3 = Res('c')
fin3 = weakref.finalize(r3, cleanup, 'c')
print('detach gives', fin3.detach()[2:], 'alive:', fin3.alive)
del r3
gc.disable()
gc.collect()
r4 = Res('cycle')
r4.me = r4
weakref.finalize(r4, cleanup, 'cycle')
del r4
print('before collect')
gc.collect()
print('after collect')
gc.enable()
r5 = Res('at exit')
weakref.finalize(r5, cleanup, 'at exit')
print('end of script; the last finalizer runs at exit')
