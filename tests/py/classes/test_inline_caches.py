# Inline caches: globals, attributes, methods and class calls stay right when things change.
import builtins


def read_len(x):
    return len(x)


def read_g():
    return G


G = 1
print([read_g() for _ in range(3)])
G = 2
print(read_g())
del G
try:
    read_g()
except NameError as e:
    print("NameError", e)

print(read_len("abc"))
real_len = builtins.len
builtins.len = lambda x: 42
print(read_len("abc"))
builtins.len = real_len
print(read_len("abcd"))
len = lambda x: -1
print(read_len("abc"))
del len
print(read_len("ab"))


class P:
    kind = "class"

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def use(p):
    return p.x, p.kind, p.get()


p = P(1)
for i in range(3):
    print(use(p))
p.kind = "instance"
print(use(p))
P.kind = "changed"
print(use(P(2)))
p.get = lambda: "shadowed"
print(use(p))
del p.get
print(use(p))
P.get = lambda self: "replaced"
print(use(p))
P.x = property(lambda self: "prop")
print(use(p), p.__dict__)
del P.x
print(use(p))


class Q(P):
    pass


q = Q(5)
print(use(q), use(p))
p.__dict__ = {"x": 9, 1: 2}
print(use(p))


def store(o, v):
    o.x = v
    return o.x


for v in range(3):
    print(store(p, v), store(q, v + 10))


class Slots:
    __slots__ = ("x", "kind")

    def get(self):
        return "slots"


s = Slots()
print(store(s, 7))
try:
    print(use(s))
except AttributeError as e:
    print("AttributeError", e)
s.kind = "k"
print(use(s))


class Bad:
    def __init__(self):
        return 1


try:
    Bad()
except TypeError as e:
    print("TypeError", e)


class Args:
    def __init__(self, a, b=2, *, c=3):
        self.v = (a, b, c)


print(Args(1).v, Args(1, 5).v, Args(1, c=7).v, Args(b=1, a=0).v)
try:
    Args()
except TypeError as e:
    print("TypeError", e)
try:
    Args(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


class Raises:
    def __init__(self):
        raise ValueError("in init")


try:
    Raises()
except ValueError as e:
    print("ValueError", e)


def new_init(self, *args):
    self.args = args


Args.__init__ = new_init
print(Args(1, 2, 3).args)


class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)

    def __init__(self, *a):
        print("init", a)


WithNew(1, 2)


class NotMine:
    def __init__(self):
        print("not called")


class Other:
    def __new__(cls):
        return 5


print(Other())


class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, x):
        self.x = x


print(M(3).x)


class Getattr:
    def __getattr__(self, name):
        return "getattr " + name

    def __init__(self):
        self.x = 1


g = Getattr()
print(g.x, g.y)


def depth(n):
    return n if n == 0 else Rec(n - 1).n


class Rec:
    def __init__(self, n):
        self.n = depth(n)


print(Rec(50).n)

import sys

limit = sys.getrecursionlimit()
sys.setrecursionlimit(200)
count = 0


class Deep:
    def __init__(self):
        global count
        count += 1
        Deep()


try:
    Deep()
except RecursionError as e:
    print("depth", count, e)
sys.setrecursionlimit(limit)


class SA:
    def m(self, x):
        return ("SA.m", type(self).__name__, x)

    @classmethod
    def c(cls, x):
        return ("SA.c", cls.__name__, x)

    @staticmethod
    def s(x):
        return ("SA.s", x)

    @property
    def p(self):
        return "SA.p"

    def __repr__(self):
        return "<SA>"


class SB(SA):
    def __init__(self):
        super().__init__()
        self.m = "instance attribute"

    def m(self, x):
        return super().m(x + 1)

    @classmethod
    def c(cls, x):
        return super().c(x * 2)

    @staticmethod
    def s(x):
        return super(SB, SB).s(x)

    def calls(self):
        return (super().m(0), super().c(1), super().s(2), super().p, super().__repr__(),
                super(SB, self).m(5), super().__class__)


sb = SB()
for _ in range(2):
    print(SB.m(sb, 1), SB.c(3), SB.s(4))
    print(sb.calls())
try:
    super(SB, sb).missing()
except AttributeError as e:
    print("AttributeError", e)
