print(type(1), type('a'), type([]), type({}), type(()), type(set()), type(None), type(len), type(lambda: 0))
print(type(print).__name__, type(type).__name__, type(object).__name__, type(iter([])).__name__)
X = type('X', (), {'a': 1, 'm': lambda self: self.a + 1})
print(X.__name__, X().m(), X.__bases__, type(X))
Y = type('Y', (X,), {'a': 10})
print(Y().m(), issubclass(Y, X), Y.__mro__[1].__name__)
print(type(3) == int, type(True) == int, type(True) is bool)
try:
    type('Z', (1,), {})
except TypeError as e:
    print(e)
try:
    type()
except TypeError as e:
    print(e)
