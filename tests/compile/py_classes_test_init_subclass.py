class Plugin:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Plugin.registry.append(cls.__name__)
class A(Plugin, key='a'):
    pass
class B(Plugin):
    pass
class C(A, key='c'):
    pass
print(Plugin.registry, A.key, B.key, C.key)
try:
    class D(Plugin, bogus=1):
        pass
except TypeError as e:
    print(e)
class Gen:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Gen[int], Gen['x'], Gen[1, 2])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__)
class SetName:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
class Owner:
    first = SetName()
    second = SetName()
