class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    __hash__ = None
a, b = V(1), V(2)
print(a == b, a != b, a < b, b > a, a <= b, b >= a)
print(a == 1)
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v)[0].v)
print(max(V(5), V(9)).v)
class OnlyEq:
    def __eq__(self, o):
        return 'truthy-string'
print(OnlyEq() == 1, OnlyEq() != 1)
try:
    OnlyEq() < OnlyEq()
except TypeError as e:
    print(e)
class NI:
    def __eq__(self, o):
        return NotImplemented
x = NI()
print(x == x, x == NI(), x != NI())
class Rev:
    def __gt__(self, o):
        return 'Rev.gt'
print(1 < Rev())
print([V(1)] == [V(1)])
print(V(7) in [V(5), V(7)])
