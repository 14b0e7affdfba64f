def init(self, v):
    self.v = v
Dyn = type('Dyn', (object,), {'x': 1, '__init__': init, 'get': lambda self: self.v})
d = Dyn(9)
print(Dyn.__name__, Dyn.x, d.get(), type(d).__name__, Dyn.__bases__)
Sub = type('Sub', (Dyn,), {})
print(Sub(3).get(), [c.__name__ for c in Sub.__mro__])
print(type(5), type('s'), type(None), type(type))
E = type('E', (), {})
print(E.__bases__, E.__module__ if hasattr(E, '__module__') else None)
try:
    type('Bad', 5, {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(type.__name__, type(Dyn).__name__)
