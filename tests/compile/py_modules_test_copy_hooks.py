import copy
class C:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('__copy__ called')
        return C(('shallow', self.v))
    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return C(('deep', copy.deepcopy(self.v, memo)))
c = C([1])
print(copy.copy(c).v, copy.deepcopy(c).v)
print(copy.deepcopy([c, c])[0].v)
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 'b'
s = Slots()
s2 = copy.deepcopy(s)
print(s2.a, s2.b, s2.a is s.a)
class State:
    def __init__(self):
        self.x = 1
        self.cache = 'big'
    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st
    def __setstate__(self, st):
        print('setstate', st)
        self.__dict__.update(st)
        self.cache = 'rebuilt'
st = copy.copy(State())
print(st.x, st.cache)
class Red:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Red, (self.a * 2,))
print(copy.copy(Red(5)).a, copy.deepcopy(Red(5)).a)
