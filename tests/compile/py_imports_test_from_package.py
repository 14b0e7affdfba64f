from pkg import sub
from pkg.inner import deep
from pkg.sub import sub_func
from pkg import sibling as sib
print(sub.sub_func(), deep.DEEP, sub_func is sub.sub_func, sib.use())
import pkg
print(pkg.inner.deep is deep, 'sibling' in dir(pkg))
