g = 'global value'
print('g' in globals(), globals()['g'], globals() is globals(), type(globals()).__name__)
print(__name__, globals()['__name__'])
def f(a, b=2):
    c = a + b
    l = locals()
    return sorted(l.items())
print(f(1))
def g2():
    x = 1
    l1 = locals()
    y = 2
    return sorted(locals())
print(g2())
class K:
    z = 3
    def m(self):
        pass
    inside = sorted(k for k in locals() if not k.startswith('__'))
print(K.inside)
k = K()
k.a = 1
print(vars(k), sorted(k for k in vars(K) if not k.startswith('__')))
print([n for n in dir(k) if not n.startswith('__')], [n for n in dir(K) if not n.startswith('_')])
print(locals() is globals())
globals()['injected'] = 'via globals'
print(injected)
class Slotted:
    __slots__ = ('s',)
try:
    vars(Slotted())
except TypeError as e:
    print(e)
print(sorted(n for n in dir() if not n.startswith('__')))
print('print' in dir(__builtins__), 'len' in dir(__builtins__))
