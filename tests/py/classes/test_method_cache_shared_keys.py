# LOAD_METHOD's cache proves a method name absent from instance dicts through the class's
# shared keys: every way an instance attribute can come to hide the method must be seen.
import sys


class C:
    def __init__(self, v):
        self.v = v

    def m(self):
        return "method", self.v


def call_m(objs):
    out = []
    for o in objs:
        try:
            out.append(o.m())
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


a, b = C(1), C(2)
print(call_m([a, b, a, b]))
b.m = lambda: "instance b"                     # a new shared key on another instance
print(call_m([a, b, a]))
del b.m                                        # deleted: the method shows again
print(call_m([a, b]))
a.__dict__["m"] = lambda: "via __dict__"        # materialized dict, still split
print(call_m([a, b]))
del a.__dict__["m"]
print(call_m([a, b]))
a.__dict__ = {"m": lambda: "replaced dict"}   # a combined dict
print(call_m([a, b]))
a.__dict__ = {"v": 5}
print(call_m([a, b]))
print(sys.getsizeof(b.__dict__), sys.getsizeof(C(3).__dict__))

c = C(7)
c.__dict__[1] = 2                              # a non-str key: the dict turns combined
print(call_m([c]))
c.m = lambda: "after unsplit"
print(call_m([c]))


class S(str):
    pass


d = C(8)
print(call_m([d]))
setattr(d, S("m"), lambda: "str subclass name")
print(call_m([d]))


class D(C):
    def m(self):
        return "D.m", self.v


e = C(9)
print(call_m([e, e]))
e.__class__ = D                                # new type: the record refills
print(call_m([e, e]))
e.__class__ = C
print(call_m([e]))
C.m = lambda self: ("patched", self.v)         # the type changes
print(call_m([e, a]))
del C.m
print(call_m([e]))


class Many:
    def m(self):
        return "Many.m"


objs = []
for i in range(40):                            # more keys than the shared keys hold
    o = Many()
    setattr(o, "k%d" % i, i)
    objs.append(o)
print(call_m(objs[:2] + objs[-2:]))
objs[-1].m = lambda: "late m"
objs[0].m = lambda: "early m"
print(call_m(objs[:2] + objs[-2:]))
print([sys.getsizeof(o.__dict__) for o in objs[:3] + objs[-3:]])


class Slots:
    __slots__ = ("m",)

    def n(self):
        return "n"


s = Slots()
s.m = 1
print(s.n(), s.m)
