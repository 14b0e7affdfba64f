class A:
    def who(self):
        return ['A']
    @classmethod
    def cw(cls):
        return ['A.cw ' + cls.__name__]
class B(A):
    def who(self):
        return ['B'] + super().who()
    @classmethod
    def cw(cls):
        return ['B.cw'] + super().cw()
class C(A):
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def who(self):
        return ['D'] + super().who()
print(D().who())
print(D.cw())
print(super(B, D()).who())
print(super(C, D()).who())
print(super(D, D).cw())
d = D()
print(super(B, d).who.__self__ is d)
class E(D):
    def who(self):
        return ['E'] + super(D, self).who()
print(E().who())
class Init:
    def __init__(self):
        self.log = ['Init']
class Child(Init):
    def __init__(self):
        super(Child, self).__init__()
        self.log.append('Child')
print(Child().log)
sup = super(B, d)
print(type(sup).__name__)
class NoSuperArg:
    def f(self):
        g = lambda: super().__repr__
        try:
            return g()
        except RuntimeError as e:
            return str(e)
class S2:
    def m(self):
        def inner():
            return super().m()
        try:
            return inner()
        except RuntimeError as e:
            return str(e)
print(S2().m())
class Prop:
    @property
    def v(self):
        return 1
class Prop2(Prop):
    @property
    def v(self):
        return super().v + 10
print(Prop2().v)
