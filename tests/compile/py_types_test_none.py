print(None, repr(None), str(None), type(None).__name__)
print(None is None, None == None, None != 0, not None, bool(None))
x = None
print(x is None, id(x) == id(None))
def f():
    pass
print(f() is None)
print([None] * 3, {None: 'k'}[None], hash(None) == hash(None))
try:
    None + 1
except TypeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    x[0]
except TypeError as e:
    print(e)
try:
    type(None)(1)
except TypeError as e:
    print(e)
print(type(None)() is None)
print(sorted([3, 1], key=lambda v: v) is not None)
try:
    sorted([None, 1])
except TypeError as e:
    print(e)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(..., Ellipsis, repr(...), type(...).__name__, ... is Ellipsis)
print(type(NotImplemented)() is NotImplemented, type(...)() is ...)
