# operators between built-in sequences, their subclasses and numbers: which slot answers (regression: 1 + L() for a list subclass L crashed, calling list concatenation with an int)
class L(list): pass
class T(tuple): pass
class S(str): pass
class B(bytes): pass
for a, b in ((1, L()), ('a', L()), (1, T()), ('a', T()), (1, S('x')), (2.5, B()), (L([1]), 1), (T((1,)), 'a')):
    for op in ('+', '*', '-'):
        try:
            r = eval('a ' + op + ' b')
            print(op, type(a).__name__, type(b).__name__, '->', repr(r))
        except TypeError as e:
            print(op, type(a).__name__, type(b).__name__, 'TypeError:', e)
print(L([1]) + [2], [2] + L([1]), T((1,)) + (2,), S('a') + 'b', 'b' + S('a'), B(b'x') + b'y')
x = L([1]); x += [2]; print(type(x).__name__, x)
print(L([1]) * 2, 3 * T((1,)), S('ab') * 2)
class N(int): pass
class NI:
    __index__ = lambda s: 3
for a, b in ((N(1), object()), (N(4), NI()), (object(), N(1))):
    try:
        print(repr(a + b))
    except TypeError as e:
        print('TypeError:', e)
class S(str): pass
try:
    object() + S('a')
except TypeError as e:
    print('TypeError:', e)
x = NI()
try:
    x *= [1, 2]
    print(x)
except TypeError as e:
    print('TypeError:', e)
