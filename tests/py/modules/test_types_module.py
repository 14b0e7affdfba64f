# types: the type names, new_class/resolve_bases/prepare_class, SimpleNamespace,
# DynamicClassAttribute
import sys
import types


def show(label, fn, *args, **kw):
    try:
        print(label, repr(fn(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


def f():
    pass


class C:
    def m(self):
        pass

    @classmethod
    def cm(cls):
        pass


def gen():
    yield 1


def cell_of():
    v = 1

    def inner():
        return v
    return inner.__closure__[0]


try:
    raise ValueError
except ValueError as exc:
    tb = exc.__traceback__

checks = [
    ('FunctionType', f), ('LambdaType', lambda: 0), ('CodeType', f.__code__),
    ('MappingProxyType', C.__dict__), ('CellType', cell_of()), ('GeneratorType', gen()),
    ('MethodType', C().m), ('MethodType', C.cm), ('BuiltinFunctionType', len),
    ('BuiltinMethodType', [].append), ('WrapperDescriptorType', object.__init__),
    ('MethodWrapperType', object().__str__), ('MethodDescriptorType', str.join),
    ('ClassMethodDescriptorType', dict.__dict__['fromkeys']), ('ModuleType', sys),
    ('TracebackType', tb), ('FrameType', tb.tb_frame), ('FrameType', sys._getframe()),
    ('GetSetDescriptorType', types.FunctionType.__dict__['__code__']),
    ('MemberDescriptorType', types.FunctionType.__dict__['__globals__']),
    ('GenericAlias', list[int]), ('UnionType', int | str), ('NoneType', None),
    ('NotImplementedType', NotImplemented), ('EllipsisType', ...),
]
for name, obj in checks:
    t = getattr(types, name)
    print(name, type(obj) is t, t.__name__)
print(types.LambdaType is types.FunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
for name in ['FunctionType', 'CodeType', 'MappingProxyType', 'CellType', 'GeneratorType',
             'MethodType', 'BuiltinFunctionType', 'WrapperDescriptorType', 'MethodWrapperType',
             'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
             'TracebackType', 'FrameType', 'GetSetDescriptorType', 'MemberDescriptorType',
             'GenericAlias', 'UnionType', 'NoneType', 'NotImplementedType', 'EllipsisType',
             'SimpleNamespace', 'new_class', 'resolve_bases', 'prepare_class',
             'DynamicClassAttribute']:
    print(name, name in types.__all__, hasattr(types, name))
print(sorted(n for n in types.__all__ if n not in ('CoroutineType', 'AsyncGeneratorType', 'coroutine')))
print(all(not n.startswith('_') for n in types.__all__))

# constructing through the type names
mp = types.MappingProxyType({'a': 1})
print(mp['a'], len(mp), list(mp), 'a' in mp)
show('mp-set', lambda: mp.update(b=2))
show('mp-item', lambda: mp.__class__.__name__)
mod = types.ModuleType('made', 'its doc')
print(mod.__name__, mod.__doc__, repr(mod))
bound = types.MethodType(lambda self, x: (self, x), 'me')
print(bound(5), bound.__self__)
print(types.NoneType() is None, types.EllipsisType() is ..., types.NotImplementedType() is NotImplemented)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])
print(int | None, (int | str).__args__)

# resolve_bases


class Entry:
    def __init__(self, *bases):
        self.bases = bases

    def __mro_entries__(self, bases):
        print('  mro_entries called with', len(bases), 'bases')
        return self.bases


class Bad:
    def __mro_entries__(self, bases):
        return [int]


class A:
    pass


class B:
    pass


plain = (A, B)
print(types.resolve_bases(plain) is plain, types.resolve_bases(()))
print(types.resolve_bases((A, Entry(B, int), Entry(), 5)))
show('bad-entries', types.resolve_bases, (Bad(),))
print(types.resolve_bases([A]))

# prepare_class and the metaclass calculation


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('  prepare', name, [b.__name__ for b in bases], kw)
        return {'prepared': True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class SubMeta(Meta):
    pass


class OtherMeta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class WithOther(metaclass=OtherMeta):
    pass


meta, ns, kw = types.prepare_class('X')
print(meta, ns, kw)
meta, ns, kw = types.prepare_class('X', (WithMeta,), {'flag': 1})
print(meta.__name__, ns, kw)
kwds = {'metaclass': SubMeta, 'flag': 2}
meta, ns, kw = types.prepare_class('Y', (WithMeta,), kwds)
print(meta.__name__, ns, kw, kwds)
meta, ns, kw = types.prepare_class('Z', (), {'metaclass': type})
print(meta, ns, kw)
show('conflict', types.prepare_class, 'Q', (WithMeta, WithOther))


def meta_function(name, bases, ns, **kw):
    return ('made by function', name, bases, sorted(ns), kw)


pc = types.prepare_class('F', (A,), {'metaclass': meta_function})
print(pc[0] is meta_function, pc[1:])
print(types.prepare_class('G', (WithMeta,), {'metaclass': type})[0].__name__)

# new_class
N = types.new_class('N')
print(N.__name__, N.__bases__, type(N))
N2 = types.new_class('N2', (A, B), exec_body=lambda ns: ns.update(x=1, y=lambda self: 'y'))
print(N2.__name__, [b.__name__ for b in N2.__bases__], N2.x, N2().y(), '__orig_bases__' in N2.__dict__)
N3 = types.new_class('N3', (WithMeta,), {'flag': 3})
print(type(N3).__name__, N3.prepared)
e = Entry(A)
N4 = types.new_class('N4', (e, B))
print([b.__name__ for b in N4.__bases__], N4.__orig_bases__ == (e, B))
print(types.new_class('N5', (), {'metaclass': meta_function}, lambda ns: ns.update(k=1)))
show('new-class-conflict', types.new_class, 'Q', (WithMeta, WithOther))
N6 = types.new_class('N6', exec_body=lambda ns: ns.__setitem__('__module__', 'somewhere'))
print(N6.__module__, N6.__qualname__)


class InitSub:
    def __init_subclass__(cls, **kw):
        print('  init_subclass', cls.__name__, kw)


types.new_class('N7', (InitSub,), {'tag': 'v'})

# SimpleNamespace
SN = types.SimpleNamespace
print(SN.__name__, SN.__module__, SN.__qualname__)
n = SN(b=2, a=1)
print(n, repr(SN()), n.a, n.b, vars(n))
n.c = [3]
del n.b
print(n, n == SN(a=1, c=[3]), n != SN(a=1), n == {'a': 1, 'c': [3]}, SN() == SN())
show('positional', SN, {'a': 1})
show('positional2', SN, 1, 2)
show('missing-attr', getattr, n, 'zz')
show('missing-del', delattr, n, 'zz')
show('missing-attr-sub', getattr, type('NS2', (SN,), {})(), 'zz')
print(hasattr(n, 'zz'), getattr(n, 'zz', 'dflt'))
n.self = n
print(n)
n.__init__(z=26)
print(n.z)
r = n.__reduce__()
print(r[0] is SN, r[1], r[2] is n.__dict__)


class MyNS(SN):
    pass


m = MyNS(x=1)
print(m, repr(MyNS()), m == SN(x=1), SN(x=1) == m, isinstance(m, SN))
m.me = m
print(m)
print(SN(**{'with space': 1, 'ok': 2}))
d = SN(x=1)
d.__dict__[1] = 'int key'
d.__dict__[''] = 'empty'
print(d)
print(sorted(vars(SN(q=1, p=2))), SN(x=SN(y=SN())))
print(SN(a=1).__eq__(5), SN(a=1) == 5)

# DynamicClassAttribute
DCA = types.DynamicClassAttribute


class Owner:
    def __init__(self):
        self._v = 10

    @DCA
    def value(self):
        "the value"
        return self._v

    @value.setter
    def value(self, new):
        self._v = new

    @value.deleter
    def value(self):
        self._v = None

    ro = DCA(lambda self: 'read-only', doc='explicit doc')
    wo = DCA(None, lambda self, v: setattr(self, '_w', v), doc='write-only')


o = Owner()
print(o.value, Owner.__dict__['value'].__doc__, Owner.__dict__['ro'].__doc__)
o.value = 5
print(o.value)
del o.value
print(o.value)
show('class-access', getattr, Owner, 'value')
show('ro-set', setattr, o, 'ro', 1)
show('ro-del', delattr, o, 'ro')
show('wo-get', getattr, o, 'wo')
o.wo = 7
print(o._w)
dca = Owner.__dict__['value']
print(dca.fget.__name__, dca.fset.__name__, dca.fdel.__name__, dca.overwrite_doc, dca.__isabstractmethod__)
print(Owner.__dict__['ro'].overwrite_doc)


def g1(self):
    "first doc"


def g2(self):
    "second doc"


p1 = DCA(g1)
p2 = p1.getter(g2)
print(p1.__doc__, p2.__doc__, p2.fget is g2, p2.overwrite_doc)
p3 = DCA(g1, doc='fixed').getter(g2)
print(p3.__doc__, p3.overwrite_doc)
p4 = DCA(g1).setter(g2)
print(p4.__doc__, p4.fset is g2, p4.fget is g1)


class Abstract:
    def thing(self):
        pass
    thing.__isabstractmethod__ = True
    thing = DCA(thing)


print(Abstract.__dict__['thing'].__isabstractmethod__, Abstract.thing is Abstract.__dict__['thing'])
