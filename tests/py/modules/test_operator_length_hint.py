# operator.length_hint: default converted as a C Py_ssize_t (__index__, OverflowError),
# hints converted the same way (bool -> int, huge -> OverflowError), positional-only
# parameters for every operator function (keywords are refused).
import operator

def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, type(e).__name__, e)

class NI:
    def __index__(self): return 3
class NIbad:
    def __index__(self): return 'x'
class LH:
    def __init__(s, v): s.v = v
    def __length_hint__(s):
        if isinstance(s.v, Exception): raise s.v
        return s.v
class LenErr:
    def __len__(s): raise TypeError('len fail')
    def __length_hint__(s): return 7
class MyInt(int): pass

for obj in ([1, 2], iter(range(5)), None, LH(3), LH(True), LH(MyInt(5)), LH(10**30),
            LH(-1), LH(NotImplemented), LH('x'), LH(2.0), LH(TypeError('t')), LenErr()):
    show('obj', lambda: operator.length_hint(obj))
for d in (5, -1, True, MyInt(2), NI(), 10**30, -10**30, 'x', 2.0, NIbad()):
    show('default', lambda: operator.length_hint(None, d))
# (the message of a refused keyword is the interpreter's, not _operator's: type only)
for name in ('length_hint', 'add', 'not_', 'setitem', 'contains', 'countOf', 'iadd', 'truth',
             'index'):
    try:
        getattr(operator, name)(a=1, b=2)
    except TypeError:
        print(name, 'TypeError')
