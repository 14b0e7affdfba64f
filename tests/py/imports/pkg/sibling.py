from . import sub
from .sub import sub_func as sf
from .inner.deep import DEEP
print('pkg.sibling executing, __package__ =', __package__)
def use():
    return sub.sub_func() + ' | ' + sf() + ' | ' + DEEP
