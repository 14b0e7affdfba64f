# Finalization at exit (issue #3): weakref callbacks and weakref.finalize at exit.
import weakref


class Obj:
    pass


def callback(ref):
    print("weakref callback ran")


o = Obj()
r = weakref.ref(o, callback)
o2 = Obj()
f = weakref.finalize(o2, print, "finalize ran at exit")
print("alive:", r() is o, f.alive)
