import sys
import math
print('math' in sys.modules, sys.modules['math'] is math)
import math as m2
print(m2 is math)
mods = sorted(k for k in ('sys', 'math', 'builtins', '__main__') if k in sys.modules)
print(mods)
print(__name__, type(sys.modules[__name__]).__name__)
print(sys.getsizeof(0) > 0, isinstance(sys.getrefcount(object()), int))
print(sys.intern('hello world') is sys.intern('hello ' + 'world'))
def f():
    return sys._getframe().f_code.co_name
print(f())
print(sys.argv[1:])
