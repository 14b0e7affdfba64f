class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        ns['added'] = 'by meta'
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name)
        return {'prepared': True}
    def meta_method(cls):
        return 'meta method on ' + cls.__name__
class A(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v):
        self.v = v
a = A(5)
print(a.v, A.added, A.prepared, type(A).__name__, A.meta_method())
print(hasattr(a, 'meta_method'))
class B(A):
    pass
print(type(B).__name__, B.added)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(e)
print(isinstance(A, type), issubclass(Meta, type), type(type) is type)
class ReprMeta(type):
    def __repr__(cls):
        return f'<class {cls.__name__} via ReprMeta>'
class Q(metaclass=ReprMeta): pass
print(Q, [Q])
