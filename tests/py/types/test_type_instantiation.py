# Constructing built-in types directly: FunctionType, CellType, GenericAlias, ModuleType, and the types CPython refuses to instantiate.
import types
def outer():
    x = 1
    def inner():
        return x
    return inner
f = outer()
g = types.FunctionType(f.__code__, globals(), 'renamed', None, f.__closure__)
print(g(), g.__name__, g.__qualname__)
h = types.FunctionType((lambda a, b=2: a + b).__code__, {}, None, (5,))
print(h(1), h.__defaults__, h.__name__)
for bad in [(), (1, {}), (f.__code__, 5), (f.__code__, {}), (f.__code__, {}, 5), (h.__code__, {}, None, 5), (f.__code__, {}, None, None, (1,)), (h.__code__, {}, None, None, 5)]:
    try:
        types.FunctionType(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c = types.CellType(); print(repr(c).split(" at ")[0], repr(c).endswith(": empty>"))
try: c.cell_contents
except ValueError as e: print(e)
c2 = types.CellType(5); print(c2.cell_contents)
try: types.CellType(1, 2)
except TypeError as e: print(e)
ga = types.GenericAlias(list, (int,)); print(ga, ga == list[int], types.GenericAlias(dict, str))
for bad in [(), (list,), (list, int, 3)]:
    try: types.GenericAlias(*bad)
    except TypeError as e: print(e)
m = types.ModuleType('mod'); print(m, m.__name__, m.__doc__)
for bad in [(), (5,), ('a', 'b', 'c')]:
    try: types.ModuleType(*bad)
    except TypeError as e: print(e)
for T in [types.BuiltinFunctionType, type(iter([])), type({}.keys()), types.MethodType, types.FrameType, types.GeneratorType, type(len), type(str.join), type(int.__add__), type((1).__add__)]:
    try:
        T()
    except TypeError as e:
        print(T.__name__, e)
