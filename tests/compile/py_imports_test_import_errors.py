try:
    import no_such_module_heapscope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from mod_a import nope
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import mod_raises
except ValueError as e:
    print('import failed:', e)
import sys
print('mod_raises' in sys.modules)
try:
    import mod_raises
except ValueError as e:
    print('second attempt re-executes:', e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import mod_a.not_a_package
except ModuleNotFoundError as e:
    print(e)
