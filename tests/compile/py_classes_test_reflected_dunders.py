class R:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'R{self.n}'
    def __radd__(self, o): return f'radd({o})'
    def __rsub__(self, o): return f'rsub({o})'
    def __rmul__(self, o): return f'rmul({o})'
    def __rmatmul__(self, o): return f'rmatmul({o})'
    def __rtruediv__(self, o): return f'rtruediv({o})'
    def __rfloordiv__(self, o): return f'rfloordiv({o})'
    def __rmod__(self, o): return f'rmod({o})'
    def __rdivmod__(self, o): return f'rdivmod({o})'
    def __rpow__(self, o): return f'rpow({o})'
    def __rlshift__(self, o): return f'rlshift({o})'
    def __rrshift__(self, o): return f'rrshift({o})'
    def __rand__(self, o): return f'rand({o})'
    def __ror__(self, o): return f'ror({o})'
    def __rxor__(self, o): return f'rxor({o})'
r = R(1)
print(1 + r, 1 - r, 1 * r, 1 @ r, 1 / r, 1 // r, 1 % r, divmod(1, r), 1 ** r)
print(1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r)
print(sum([r]))
class Base:
    def __add__(self, o):
        return 'Base.add'
    def __radd__(self, o):
        return 'Base.radd'
class Sub(Base):
    def __radd__(self, o):
        return 'Sub.radd'
print(Base() + Sub())
print(Base() + Base())
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    NI() + NI()
except TypeError as e:
    print(e)
try:
    NI() + 1
except TypeError as e:
    print(e)
try:
    1 - NI()
except TypeError as e:
    print(e)
class L:
    def __add__(self, o):
        return 'L.add'
class RR:
    def __radd__(self, o):
        return 'RR.radd'
print(L() + RR(), 5 + RR(), [1] + RR())
