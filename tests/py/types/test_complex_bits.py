# complex arithmetic bit for bit: division (Smith's method), ** (integer fast path and the
# general path), errors, complex() argument combinations. Every float printed with .hex().
INF = float('inf')
NAN = float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 1e-300, -1e-310, 5e-324, 1e300, -1.7e308,
        1.7976931348623157e308, INF, -INF, NAN, 0.1, 2.0 ** 0.5, 7.25, -123456.789]

def h(x):
    return x.hex()  # the sign of a NaN made from two NaNs is the C compiler's choice

def show(z):
    return '(%s,%s)' % (h(z.real), h(z.imag))

def attempt(f, *args):
    try:
        return show(f(*args))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

import operator
pick = vals[::2]
nums = []
for i, a in enumerate(vals):
    for j, b in enumerate(vals):
        if (i * 7 + j * 3) % 4 == 0:
            nums.append(complex(a, b))
nums += [1j, -1j, 1 + 1j, 2 - 3j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0)]
print(len(nums))
for a in nums:
    row = []
    for b in nums[::3]:
        row.append(attempt(operator.truediv, a, b))
    print(show(a), ' '.join(row))
for a in nums[::2]:
    print('real/', show(a), attempt(operator.truediv, a, 3.0), attempt(operator.truediv, 2.5, a),
          attempt(operator.truediv, a, 0), attempt(operator.truediv, a, -0.0))

exps = [0, 1, 2, 3, -1, -2, 7, 15, 16, 33, -33, 64, 99, 100, 101, -100, -101, 0.5, -0.5, 2.5,
        1e10, -1e10, 1e300, 1j, -1j, 1 + 1j, 0.5 - 2j, complex(0, -0.0), complex(-0.0, 0),
        complex(3, 0.0), 2 ** 62, -(2 ** 62), 100.0, -100.0, 101.0, 1e-300]
bases = [0j, complex(-0.0, 0), complex(0, -0.0), 1 + 0j, -1 + 0j, 1j, 1 + 1j, 2 - 3j,
         0.5 + 0.25j, 1e-200 + 0j, 1e200 + 1e200j, 1.0001 + 0j, complex(INF, 0), complex(0, INF),
         complex(NAN, 1), complex(1, NAN), -2.5 - 0.5j, 10 + 0j, 1e-5j, complex(1e308, 1e308)]
for b in bases:
    row = []
    for e in exps:
        row.append(attempt(operator.pow, b, e))
    print(show(b), ' '.join(row))
for b in [2, 0, -1, 0.0, -0.0, 3.5, -3.5, INF, NAN]:
    print('num**', b, attempt(operator.pow, b, 0.5j), attempt(operator.pow, b, -1 + 0j),
          attempt(operator.pow, b, 2 + 1j))
try:
    pow(1j, 2, 3)
except ValueError as e:
    print('ValueError', e)
for a, b in [(0j, -1), (0j, 1j), (0j, -1.5), (0j, 0j), (0j, 0), (0j, complex(-0.0, 0)),
             (1e200j, 2), (1e200 + 1e200j, 3.5), (2j, 10000), (2j, 10000.5), (0.5j, -2000)]:
    print('pow', show(a), b, attempt(operator.pow, a, b))

class C:
    def __init__(self, v):
        self.v = v
    def __complex__(self):
        return self.v

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 7

args = [1, -0.0, 0.0, 2.5, 1j, complex(-0.0, -0.0), complex(3, -0.0), complex(0.0, 2),
        C(1 + 2j), C(complex(-0.0, 0.0)), F(), I(), True, 10 ** 20]
for r in args:
    print('complex(r)', type(r).__name__, attempt(complex, r))
    for i in args:
        print('  ', type(i).__name__, attempt(complex, r, i), attempt(lambda x, y: complex(imag=y, real=x), r, i))
for bad in [(C(3),), (C(2.0),), ('1', 2), (1, '2'), ([],), (1, []), ('1+2j',), ('  (1-0j) ',),
            ('1e500j',), ('-nan+infj',), ('1_0+2_0j',), ('1__0j',), ('j',), ('-j',), ('(1+2j',),
            ('1+2',), ('',)]:
    print('bad', bad[0].__class__.__name__, attempt(complex, *bad))
print(show(complex(imag=1.5)), show(complex()), show(complex(real=1j, imag=1j)))
