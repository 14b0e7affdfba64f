# super() through the method-call fast path (super().m(...)): str-keyed and other class
# dicts, classmethods, nested functions, __class__ reassigned, non-method attributes, errors.
class Base:
    def m(self, n):
        return ("Base.m", n)

    @classmethod
    def cm(cls, n):
        return ("Base.cm", cls.__name__, n)

    attr = 41
    prop = property(lambda self: "Base.prop")


class Mid(Base):
    def m(self, n):
        return ("Mid",) + super().m(n + 1)

    @classmethod
    def cm(cls, n):
        return ("Mid.cm",) + super().cm(n + 1)

    def nested(self):
        def inner():
            return super().m(0)
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)

    def via_lambda(self):
        return (lambda: super())()

    def attrs(self):
        return super().attr, super().prop, super().__class__.__name__


class Leaf(Mid):
    def m(self, n):
        return ("Leaf",) + super().m(n * 2)


obj = Leaf()
for i in range(3):
    print(obj.m(i), Leaf.cm(i), Mid().cm(i), obj.attrs())
print(obj.nested())
try:
    print(obj.via_lambda())
except RuntimeError as e:
    print("RuntimeError", e)

# a class dict with a non-str key still finds methods
class Odd(Base):
    locals()[1] = "one"
    def m(self, n):
        return ("Odd",) + super().m(n)
print(Odd().m(5))

# methods added to and deleted from a base after the first calls
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B>" + super().f()
class C(B):
    def f(self):
        return "C>" + super().f()
c = C()
out = []
for step in range(4):
    out.append(c.f())
    if step == 1:
        B.f = lambda self: "newB>" + super(B, self).f()
    if step == 2:
        del B.f
print(out)

# __class__ reassigned on the instance
class X:
    def who(self):
        return "X"
class Y(X):
    def who(self):
        return "Y>" + super().who()
class Z(X):
    def who(self):
        return "Z>" + super().who()
y = Y()
print(y.who())
y.__class__ = Z
print(y.who())

# errors
def no_class():
    return super()
try:
    no_class()
except RuntimeError as e:
    print("RuntimeError", e)

class E:
    def f():
        return super()
    def g(self):
        del self
        return super()
    def h(self, other):
        return super().missing
for call in [lambda: E.f(), lambda: E().g(), lambda: E().h(1)]:
    try:
        print(call())
    except (RuntimeError, AttributeError) as e:
        print(type(e).__name__, e)

class F(Base):
    def m(self, n):
        return super().m(n)
try:
    F.m(3, 1)
except TypeError as e:
    print("TypeError", e)
print(F.m(F(), 9))
