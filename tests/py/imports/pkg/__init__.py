"""A package for import tests."""
print('pkg/__init__ executing, __name__ =', __name__, ', __package__ =', __package__)
PKG_CONST = 'pkg constant'
from .sub import sub_func
