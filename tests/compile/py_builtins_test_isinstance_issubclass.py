print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance('s', str), isinstance(b's', str), isinstance([], (tuple, (list, dict))), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(list, list), issubclass(dict, object))
print(isinstance(int, type), isinstance(type, type), issubclass(type, object), isinstance(object, object))
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1))):
    try:
        print(bad())
    except TypeError as e:
        print(e)
