class Verbose:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'class access'
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        print('set', value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete')
        delattr(obj, self.name)
class A:
    v = Verbose()
    w = Verbose()
a = A()
print(a.v)
a.v = 10
print(a.v, A.v)
del a.v
print(a.v)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata'
class B:
    nd = NonData()
b = B()
print(b.nd)
b.__dict__['nd'] = 'instance wins'
print(b.nd)
class Data:
    def __get__(self, obj, objtype=None):
        return 'data'
    def __set__(self, obj, v):
        pass
class C:
    d = Data()
c = C()
c.__dict__['d'] = 'instance'
print(c.d)
class Typed:
    def __init__(self, t):
        self.t = t
    def __set_name__(self, owner, name):
        self.n = name
    def __get__(self, obj, tp=None):
        return obj.__dict__[self.n]
    def __set__(self, obj, v):
        if not isinstance(v, self.t):
            raise TypeError(f'{self.n} must be {self.t.__name__}')
        obj.__dict__[self.n] = v
class R:
    age = Typed(int)
r = R()
r.age = 5
print(r.age)
try:
    r.age = 'x'
except TypeError as e:
    print(e)
def f(self):
    return 'bound'
print(f.__get__(r, R)(), type(f.__get__(None, R)).__name__)
