class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'V({self.v!r})'
    def __add__(self, o): return V(f'({self.v}+{o})')
    def __sub__(self, o): return V(f'({self.v}-{o})')
    def __mul__(self, o): return V(f'({self.v}*{o})')
    def __matmul__(self, o): return V(f'({self.v}@{o})')
    def __truediv__(self, o): return V(f'({self.v}/{o})')
    def __floordiv__(self, o): return V(f'({self.v}//{o})')
    def __mod__(self, o): return V(f'({self.v}%{o})')
    def __divmod__(self, o): return ('divmod', self.v, o)
    def __pow__(self, o, m=None): return V(f'({self.v}**{o} mod {m})')
    def __lshift__(self, o): return V(f'({self.v}<<{o})')
    def __rshift__(self, o): return V(f'({self.v}>>{o})')
    def __and__(self, o): return V(f'({self.v}&{o})')
    def __or__(self, o): return V(f'({self.v}|{o})')
    def __xor__(self, o): return V(f'({self.v}^{o})')
    def __neg__(self): return V(f'-{self.v}')
    def __pos__(self): return V(f'+{self.v}')
    def __invert__(self): return V(f'~{self.v}')
    def __abs__(self): return V(f'|{self.v}|')
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __complex__(self): return 7j
    def __index__(self): return 3
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
a = V('a')
print(a + 1, a - 1, a * 1, a @ 1, a / 1, a // 1, a % 1)
print(divmod(a, 2), a ** 2, pow(a, 2, 5))
print(a << 1, a >> 1, a & 1, a | 1, a ^ 1)
print(-a, +a, ~a, abs(a))
print(int(a), float(a), complex(a), [10, 20, 30, 40][a], bin(a), hex(a), oct(a))
print(round(a), round(a, 2))
import math
print(math.trunc(a), math.floor(a), math.ceil(a))
print('xyzw'[a], range(10)[a])
