print('before any import')
import mod_b
print('after mod_b')
import mod_a
print('mod_a already imported by mod_b:', mod_a.items)
from pkg.inner import deep
print('deep imported; pkg executed first:', deep.DEEP)
import sys
order = [k for k in sys.modules if k in ('mod_a', 'mod_b', 'pkg', 'pkg.sub', 'pkg.inner', 'pkg.inner.deep')]
print(order)
