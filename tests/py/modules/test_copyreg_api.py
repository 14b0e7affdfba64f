# copyreg: pickle/constructor registration, _reconstructor, __newobj__/__newobj_ex__, _slotnames,
# object.__reduce_ex__ results for protocols 0-4, extension registry
import copyreg

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

print(sorted(copyreg.__all__))
class Thing:
    def __init__(self, v=0): self.v = v
    def __repr__(self): return 'Thing(%r)' % getattr(self, 'v', None)
def red(t): return Thing, (t.v,)
print(copyreg.pickle(Thing, red), copyreg.dispatch_table[Thing] is red)
print(copyreg.pickle(Thing, red, Thing), copyreg.constructor(Thing))
del copyreg.dispatch_table[Thing]
show('pickle non-callable', lambda: copyreg.pickle(Thing, 3))
show('pickle bad ctor', lambda: copyreg.pickle(Thing, red, 3))
show('constructor', lambda: copyreg.constructor('x'))
print(Thing in copyreg.dispatch_table, complex in copyreg.dispatch_table)
print(copyreg.dispatch_table[complex](3+4j))
u = copyreg.dispatch_table[type(int | str)](int | str); print(u[0].__name__, u[1][0].__name__, u[1][1])

# _reconstructor
class IntSub(int): pass
class ListSub(list): pass
r = copyreg._reconstructor(Thing, object, None); print(type(r).__name__, r.__dict__)
r = copyreg._reconstructor(IntSub, int, 7); print(type(r).__name__, r)
r = copyreg._reconstructor(ListSub, list, [1, 2]); print(type(r).__name__, r)

# __newobj__ and __newobj_ex__
class K:
    def __new__(cls, *a, **kw):
        o = super().__new__(cls)
        o.a, o.kw = a, kw
        return o
o = copyreg.__newobj__(K, 1, 2); print(type(o).__name__, o.a, o.kw)
o = copyreg.__newobj_ex__(K, (1,), {'x': 2}); print(o.a, o.kw)
print(copyreg.__newobj__(IntSub, 5), copyreg.__newobj__(tuple, [1, 2]))

# _slotnames
class S1:
    __slots__ = ('a', '__p', '__dict__', '__weakref__', '__dunder__')
class S2(S1):
    __slots__ = 'b'
class _Under:
    __slots__ = ['__q']
class ___:
    __slots__ = ('__r',)
class NoSlots: pass
print(copyreg._slotnames(S1), copyreg._slotnames(S2), copyreg._slotnames(_Under), copyreg._slotnames(___),
      copyreg._slotnames(NoSlots))
print(S2.__dict__.get('__slotnames__'), NoSlots.__slotnames__)
S2.__slotnames__ = ['cached']; print(copyreg._slotnames(S2))
print(copyreg._slotnames(int), copyreg._slotnames(object))

# object.__reduce_ex__ through copyreg
class Plain:
    def __init__(self): self.x = 1
class Empty: pass
class WithSlots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
class WithArgs:
    def __getnewargs__(self): return (1, 2)
    def __new__(cls, *a): return super().__new__(cls)
class WithArgsEx:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
    def __new__(cls, *a, **kw): return super().__new__(cls)
class WithArgsExNoKw:
    def __getnewargs_ex__(self): return ((3,), {})
    def __new__(cls, *a, **kw): return super().__new__(cls)
class WithState:
    def __getstate__(self): return {'s': 1}
class FalseState:
    def __init__(self): self.y = 2
    def __getstate__(self): return 0
class L(list): pass
class D(dict): pass
def fmt(r):
    out = []
    for part in r:
        if callable(part) and hasattr(part, '__name__'):
            out.append(part.__name__)
        elif hasattr(part, '__next__'):
            out.append(list(part))
        elif isinstance(part, tuple):
            out.append(tuple(p.__name__ if isinstance(p, type) else p for p in part))
        else:
            out.append(part)
    return out
for obj in (Plain(), Empty(), WithSlots(), WithArgs(), WithArgsEx(), WithArgsExNoKw(), WithState(),
            FalseState(), L([1, 2]), D(a=1), IntSub(4)):
    for proto in (0, 1, 2, 4):
        if proto >= 2 or not isinstance(obj, WithSlots):
            try:
                print(type(obj).__name__, proto, fmt(obj.__reduce_ex__(proto)))
            except Exception as e:
                print(type(obj).__name__, proto, type(e).__name__, e)
print(fmt(copyreg._reduce_ex(Plain(), 0)), fmt(copyreg._reduce_ex(IntSub(3), 1)))
show('reduce object', lambda: fmt(object().__reduce_ex__(1)))
show('reduce int', lambda: fmt((5).__reduce_ex__(0)))

# extension registry
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
print(copyreg.add_extension('mod', 'name', 240), copyreg.add_extension('mod', 'name', 240))
print(copyreg._extension_registry, copyreg._inverted_registry)
show('add dup key', lambda: copyreg.add_extension('mod', 'name', 241))
show('add dup code', lambda: copyreg.add_extension('mod', 'other', 240))
show('add range 0', lambda: copyreg.add_extension('m', 'n', 0))
show('add range big', lambda: copyreg.add_extension('m', 'n', 0x80000000))
show('add str code', lambda: copyreg.add_extension('m', 'n', '250'))
print(copyreg._inverted_registry.get(250))
show('add bad code', lambda: copyreg.add_extension('m', 'n', 'x'))
copyreg._extension_cache[240] = 'obj'
show('remove wrong', lambda: copyreg.remove_extension('mod', 'name', 241))
show('remove wrong key', lambda: copyreg.remove_extension('mod', 'nope', 240))
print(copyreg.remove_extension('mod', 'name', 240), copyreg._extension_registry, copyreg._extension_cache)
copyreg.remove_extension('m', 'n', 250)
copyreg._extension_cache[1] = 2
print(copyreg.clear_extension_cache(), copyreg._extension_cache, copyreg._inverted_registry)

# malformed __getnewargs__ / __getnewargs_ex__ answers (protocol 2)
def newargs_case(name, **methods):
    cls = type(name, (), dict(methods, __new__=lambda c, *a, **k: object.__new__(c)))
    show(name, lambda: fmt(cls().__reduce_ex__(2)))
newargs_case('ListArgs', __getnewargs__=lambda self: [1])
newargs_case('ExNotTuple', __getnewargs_ex__=lambda self: [(), {}])
newargs_case('ExLen3', __getnewargs_ex__=lambda self: ((), {}, 1))
newargs_case('ExArgsList', __getnewargs_ex__=lambda self: ([], {}))
newargs_case('ExKwList', __getnewargs_ex__=lambda self: ((), []))
