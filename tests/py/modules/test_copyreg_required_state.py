# object.__reduce_ex__(2+) through copyreg._reduce_newobj: an object without constructor
# arguments whose state the default __getstate__ cannot hold (a built-in type with fields
# of its own, a variable-size built-in) is refused with CPython's TypeError; list and dict
# subclasses and plain classes still reduce.
import copy, copyreg, weakref

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def func(): pass
class Plain:
    def __init__(s): s.a = [1]
class Slots:
    __slots__ = ('x',)
    def __init__(s): s.x = 2
class L(list): pass
class D(dict): pass
class WithState:
    def __getstate__(s): return {'k': 1}
class Args:
    def __getnewargs__(s): return ()

for name, obj in (('func', func), ('wref', weakref.ref(func)), ('plain', Plain()),
                  ('slots', Slots()), ('list', L([1])), ('dict', D(a=1)),
                  ('withstate', WithState()), ('args', Args()), ('object', object())):
    for proto in (2, 4):
        show('%s %d' % (name, proto),
             lambda: [type(x).__name__ if callable(x) else x
                      for x in obj.__reduce_ex__(proto)[1:3]])
    show(name + ' copy', lambda: type(copy.copy(obj)).__name__)
show('deep func', lambda: copy.deepcopy(func) is func)
show('copy plain', lambda: copy.deepcopy(Plain()).a)
show('copy slots', lambda: copy.copy(Slots()).x)
