class A:
    def __init__(self):
        self.__secret = 'a-secret'
        self._single = 'single'
        self.__dunder__ = 'not mangled'
    def __private(self):
        return 'private method'
    def call(self):
        return self.__private()
a = A()
print(sorted(vars(a)))
print(a._A__secret, a.call(), a._A__private())
try:
    a.__secret
except AttributeError as e:
    print(e)
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = 'b-secret'
b = B()
print(sorted(vars(b)))
class _Under:
    def __m(self):
        return 1
print([n for n in dir(_Under) if 'm' in n and not n.startswith('__')])
class C:
    __cls_attr = 5
    def get(self):
        return self.__cls_attr
print(C().get(), C._C__cls_attr)
