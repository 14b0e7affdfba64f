class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Celsius degrees."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
print(Temp.fahrenheit.fset, Temp.fahrenheit.fdel)
class P:
    x = property(lambda self: 42)
print(P().x)
try:
    del P().x
except AttributeError as e:
    print(e)
class Lazy:
    def get(self):
        return 'got'
    def set(self, v):
        print('set', v)
    val = property(get, set, None, 'doc here')
l = Lazy()
l.val = 3
print(l.val, Lazy.val.__doc__)
