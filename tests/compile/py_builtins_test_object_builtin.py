o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), bool(o))
print(object.__name__, object.__bases__, object.__mro__)
try:
    o.attr = 1
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
print(sorted(n for n in dir(o) if n in ('__class__', '__doc__', '__eq__', '__hash__', '__init__', '__new__', '__repr__', '__str__')))
print(object.__doc__)
print(o.__str__() == o.__repr__(), o.__eq__(o), o.__eq__(1), o.__ne__(1))
print(object.__subclasshook__() is NotImplemented)
