import pkg
print(pkg.PKG_CONST, pkg.sub_func(), pkg.__name__, pkg.__package__, pkg.__doc__)
import pkg.sub
print(pkg.sub.sub_func(), pkg.sub.__name__, pkg.sub.__package__)
import pkg.sibling
print(pkg.sibling.use())
import pkg.inner.deep
print(pkg.inner.deep.DEEP, pkg.inner.deep.__package__)
import sys
print(sorted(k for k in sys.modules if k == 'pkg' or k.startswith('pkg.')))
print(pkg.__path__[0].endswith('pkg'), hasattr(pkg.sub, '__path__'), pkg.__file__.endswith('__init__.py'))
