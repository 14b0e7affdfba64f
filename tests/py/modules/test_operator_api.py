# operator: every exported function, the dunder aliases, attrgetter/itemgetter/methodcaller
import operator


def show(label, fn, *args, **kw):
    try:
        print(label, repr(fn(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(sorted(operator.__all__))
pairs = [(7, 3), (-7, 2), (2.5, 0.5), (True, 3)]
names = ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'add', 'sub', 'mul', 'truediv', 'floordiv',
         'mod', 'pow', 'and_', 'or_', 'xor', 'lshift', 'rshift', 'is_', 'is_not']
for name in names:
    fn = getattr(operator, name)
    for a, b in pairs:
        show(name, fn, a, b)
for name in ['neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index']:
    fn = getattr(operator, name)
    for a in (5, -3, 0, True, 2.5, 'x', [], [0]):
        show(name, fn, a)
show('divzero', operator.truediv, 1, 0)
show('mod-str', operator.mod, '%s-%s', (1, 2))
show('add-mismatch', operator.add, 1, 'a')
show('lt-mismatch', operator.lt, 1, 'a')
show('and-sets', operator.and_, {1, 2}, {2, 3})
show('or-dicts', operator.or_, {1: 2}, {3: 4})


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return ('matmul', self.v, other)

    def __imatmul__(self, other):
        self.v = (self.v, other)
        return self

    def __repr__(self):
        return 'M(%r)' % (self.v,)


show('matmul', operator.matmul, M(1), 2)
m = M(1)
show('imatmul', operator.imatmul, m, 2)
show('imatmul-same', lambda: operator.imatmul(m, 3) is m)
show('matmul-bad', operator.matmul, 1, 2)

# sequences
show('concat', operator.concat, [1], [2])
show('concat-str', operator.concat, 'ab', 'cd')
show('concat-tuple', operator.concat, (1,), (2,))
show('concat-int', operator.concat, 1, 2)
show('concat-dict', operator.concat, {}, {})
show('concat-list-tuple', operator.concat, [1], (2,))
show('contains', operator.contains, [1, 2], 2)
show('contains-str', operator.contains, 'abc', 'bc')
show('contains-bad', operator.contains, 1, 1)
show('countOf', operator.countOf, [1, 2, 1, 1.0, True], 1)
nan = float('nan')
show('countOf-nan', operator.countOf, [nan, nan], nan)
show('countOf-bad', operator.countOf, 1, 1)
show('indexOf', operator.indexOf, 'hello', 'l')
show('indexOf-nan', operator.indexOf, [1, nan], nan)
show('indexOf-missing', operator.indexOf, [1, 2], 3)
show('indexOf-bad', operator.indexOf, 5, 1)
d = {'a': 1}
show('getitem', operator.getitem, d, 'a')
show('getitem-missing', operator.getitem, d, 'z')
show('getitem-slice', operator.getitem, [0, 1, 2, 3], slice(1, 3))
show('setitem', operator.setitem, d, 'b', 2)
print(d)
show('delitem', operator.delitem, d, 'a')
print(d)
show('delitem-missing', operator.delitem, d, 'a')
lst = [0, 1, 2, 3]
operator.setitem(lst, slice(0, 2), ['x'])
operator.delitem(lst, -1)
print(lst)

# length_hint
show('lh-list', operator.length_hint, [1, 2, 3])
show('lh-iter', operator.length_hint, iter([1, 2, 3]))
show('lh-int', operator.length_hint, 5)
show('lh-int-default', operator.length_hint, 5, 42)
show('lh-bad-default', operator.length_hint, 5, 'x')
show('lh-float-default', operator.length_hint, [], 1.0)


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


for v in (3, 0, -1, 'x', NotImplemented, 2.0, True, TypeError('t'), KeyError('k')):
    show('lh %r' % (v,), operator.length_hint, Hint(v), 7)


class Sized:
    def __len__(self):
        return 4

    def __length_hint__(self):
        return 99


show('lh-len-wins', operator.length_hint, Sized())


class BadLen:
    def __len__(self):
        raise ValueError('no len')


show('lh-badlen', operator.length_hint, BadLen())

# call
show('call', operator.call, max, 1, 5, 3)
show('call-kw', operator.call, sorted, [3, 1, 2], reverse=True)
show('call-obj-kw', operator.call, dict, obj=1)

# in-place operators
for name in ['iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'iand',
             'ior', 'ixor', 'ilshift', 'irshift']:
    show(name, getattr(operator, name), 12, 5)
L = [1]
r = operator.iadd(L, [2])
print('iadd-list', r, r is L)
r = operator.iconcat(L, (3,))
print('iconcat-list', r, r is L)
r = operator.imul(L, 2)
print('imul-list', r, r is L)
S = {1, 2}
r = operator.ior(S, {5})
print('ior-set', sorted(r), r is S)
show('iconcat-str', operator.iconcat, 'a', 'b')
show('iconcat-int', operator.iconcat, 1, 2)
t = (1,)
r = operator.iadd(t, (2,))
print('iadd-tuple', r, t)

# dunder aliases
aliases = ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'not', 'abs', 'add', 'and', 'call', 'floordiv',
           'index', 'inv', 'invert', 'lshift', 'mod', 'mul', 'matmul', 'neg', 'or', 'pos',
           'pow', 'rshift', 'sub', 'truediv', 'xor', 'concat', 'contains', 'delitem',
           'getitem', 'setitem', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imod',
           'imul', 'imatmul', 'ior', 'ipow', 'irshift', 'isub', 'itruediv', 'ixor']
for a in aliases:
    plain = getattr(operator, a + '_' if a in ('not', 'and', 'or') else a)
    dunder = getattr(operator, '__%s__' % a)
    print(a, dunder is plain, dunder.__name__, dunder.__doc__)
print(operator.invert.__name__, operator.inv.__name__, operator.__invert__.__name__)

# attrgetter


class Node:
    pass


n = Node()
n.name = 'root'
n.child = Node()
n.child.name = 'leaf'
n.child.size = 3
g = operator.attrgetter('name')
print(g(n), repr(g), g.__reduce__())
g2 = operator.attrgetter('child.name', 'name', 'child.size')
print(g2(n), repr(g2), g2.__reduce__())
g3 = operator.attrgetter('child.name')
print(g3(n), repr(g3), g3.__reduce__())
show('ag-missing', operator.attrgetter('nope'), n)
show('ag-missing-dotted', operator.attrgetter('child.nope'), n)
show('ag-int', operator.attrgetter, 1)
show('ag-int2', operator.attrgetter, 'a', 2)
show('ag-none', operator.attrgetter)
show('ag-call-none', operator.attrgetter('name'))
show('ag-call-two', operator.attrgetter('name'), n, n)
print(sorted([3 + 1j, 1 + 5j, 2 + 0j], key=operator.attrgetter('imag')))
print(type(g).__name__, type(g).__module__, type(g).__qualname__)
r = g.__reduce__()
print(r[0](*r[1])(n))

# itemgetter
ig = operator.itemgetter(1)
print(ig('abc'), ig([5, 6]), repr(ig), ig.__reduce__())
ig2 = operator.itemgetter(0, -1, slice(1, 3))
print(ig2('hello'), repr(ig2), ig2.__reduce__())
print(repr(operator.itemgetter('k')), operator.itemgetter('k')({'k': 'v'}))
print(repr(operator.itemgetter((1, 2))), operator.itemgetter((1, 2))({(1, 2): 'tup'}))
show('ig-missing', operator.itemgetter(5), [1])
show('ig-keymissing', operator.itemgetter('z'), {})
show('ig-none', operator.itemgetter)
show('ig-call-none', operator.itemgetter(0))
print(sorted([('b', 2), ('a', 2), ('c', 1)], key=operator.itemgetter(1, 0)))
r = ig2.__reduce__()
print(r[0](*r[1])('world'))
print(type(ig).__name__, type(ig).__module__)

# methodcaller
mc = operator.methodcaller('split', ',')
print(mc('a,b,c'), repr(mc), mc.__reduce__())
mc0 = operator.methodcaller('upper')
print(mc0('abc'), repr(mc0), mc0.__reduce__())
mck = operator.methodcaller('split', ',', maxsplit=1)
print(mck('a,b,c'), repr(mck))
red = mck.__reduce__()
print(red[1], red[0].func is operator.methodcaller, red[0].args, red[0].keywords)
print(red[0](*red[1])('x,y,z'))
mcn = operator.methodcaller('f', name='value', self='s')
print(repr(mcn))
show('mc-none', operator.methodcaller)
show('mc-kwonly', lambda: operator.methodcaller(name='x'))
show('mc-int', operator.methodcaller, 1)
show('mc-missing', operator.methodcaller('nope'), 1)
show('mc-call-none', operator.methodcaller('upper'))
print(type(mc).__name__, type(mc).__module__)
for obj in (g, ig, mc):
    try:
        obj.extra = 1
        print('settable')
    except AttributeError:
        print('AttributeError')
for base in (operator.attrgetter, operator.itemgetter, operator.methodcaller):
    try:
        class Sub(base):
            pass
        print('subclassed', base.__name__)
    except TypeError as e:
        print(type(e).__name__, e)
print(operator.attrgetter('a') == operator.attrgetter('a'), repr(operator.attrgetter('a..b')))
print(operator.truth.__doc__, operator.index.__doc__, operator.concat.__doc__)
print(operator.iand.__doc__, operator.ipow.__doc__, operator.is_not.__doc__, operator.call.__doc__)
