# Slot wrappers called directly: argument-count messages, non-str attribute names, which types own __getattribute__.
class D:
    def __get__(s, o, t=None): return 1
    def __set__(s, o, v): pass
import array
tests = [
 ('setattr', lambda: object.__setattr__(object())), ('setattr3', lambda: object.__setattr__(object(), 'a', 1, 2)),
 ('pow', lambda: int.__pow__(2)), ('pow4', lambda: int.__pow__(2, 1, 2, 3)),
 ('setitem', lambda: list.__setitem__([1], 0)), ('dsetitem', lambda: dict.__setitem__({}, 0)),
 ('get', lambda: D.__get__(D())), ('set', lambda: D.__set__(D(), 1)),
 ('pget', lambda: property.__get__(property())), ('pset', lambda: property.__set__(property(), 1)),
 ('delitem', lambda: list.__delitem__([1])), ('getitem', lambda: list.__getitem__([1])),
 ('mul', lambda: list.__mul__([1])), ('rmul', lambda: list.__rmul__([1])), ('contains', lambda: list.__contains__([1])),
 ('init', lambda: object.__init__), ('call', lambda: type.__call__(int)), ('next', lambda: iter([]).__next__(1)),
 ('len', lambda: list.__len__([], 1)), ('hash', lambda: int.__hash__(1, 2)), ('richcmp', lambda: int.__lt__(1)),
 ('iadd', lambda: list.__iadd__([])), ('neg', lambda: int.__neg__(1, 2)), ('bool', lambda: int.__bool__(1, 2)),
 ('sq_item', lambda: array.array.__getitem__(array.array('i'))), ('aset', lambda: array.array.__setitem__(array.array('i'), 0)),
]
for n, f in tests:
    try:
        r = f()
        print(n, 'ok', r if not callable(r) else 'callable')
    except TypeError as e:
        print(n, repr(str(e)))
import types, sys, builtins
class C: pass
for o in ('abc', 1, [], C(), C, int, sys, types.SimpleNamespace(), super(C, C()), object()):
    for name in (0, None, b'x'):
        for m in ('__getattribute__', '__setattr__', '__delattr__'):
            try:
                f = getattr(o, m)
                r = f(name) if m != '__setattr__' else f(name, 1)
                print(m, type(o).__name__, 'ok', r)
            except Exception as e:
                print(m, type(o).__name__, type(e).__name__, e)
    for fn in (getattr, hasattr, delattr):
        try:
            print(fn(o, 0))
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
ts = [getattr(builtins, n) for n in dir(builtins) if isinstance(getattr(builtins, n), type)]
print([t.__name__ for t in ts if '__getattribute__' in t.__dict__ and not issubclass(t, BaseException)])
print(int.__getattribute__, list.__dict__['__getattribute__'](['x'], 'append').__name__)
class G:
    def __getattr__(self, name): return name * 2
g = G(); g.x = 5
print(g.x, g.yy, type(g).__setattr__ is object.__setattr__)
