from .. import PKG_CONST
from ..sub import sub_func
DEEP = 'deep sees ' + PKG_CONST
print('pkg.inner.deep executing, __name__ =', __name__)
