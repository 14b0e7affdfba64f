class A:
    def f(self):
        return 'A.f'
class B(A):
    def f(self):
        return 'B.f+' + super().f()
print(B().f(), super(B, B()).f())
p = property(lambda self: 'getter', doc='the doc')
print(p.__doc__, p.fget is not None, p.fset, p.fdel)
class C:
    x = property(lambda self: self._x, lambda self, v: setattr(self, '_x', v * 10))
c = C()
c.x = 2
print(c.x)
class D:
    s = staticmethod(lambda: 'static')
    c = classmethod(lambda cls: cls.__name__)
print(D.s(), D().s(), D.c(), D().c())
sm = staticmethod(len)
print(sm.__func__ is len, isinstance(sm, staticmethod))
cm = classmethod(lambda cls: cls)
print(isinstance(cm, classmethod))
print(type(super(B, B())).__name__)
pr = property()
try:
    class E:
        v = pr
    E().v
except AttributeError as e:
    print(e)
p2 = p.setter(lambda self, v: None)
print(p2 is p, p2.fset is not None)
