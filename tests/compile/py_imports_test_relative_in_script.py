try:
    from . import mod_a
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .pkg import sub
except ImportError as e:
    print(type(e).__name__, e)
print(__package__, __spec__)
import pkg.inner
print(pkg.inner.__package__, pkg.inner.__name__)
