class T:
    def __init__(self, s):
        self.s = s
    def __add__(self, o):
        return T(f'({self.s}+{o.s})')
    def __mul__(self, o):
        return T(f'({self.s}*{o.s})')
    def __pow__(self, o):
        return T(f'({self.s}**{o.s})')
    def __neg__(self):
        return T(f'(-{self.s})')
    def __lt__(self, o):
        print('lt', self.s, o.s)
        return True
a, b, c = T('a'), T('b'), T('c')
print((a + b * c).s)
print((a * b + c).s)
print((a ** b ** c).s)
print((-a ** b).s)
print(a < b < c)
