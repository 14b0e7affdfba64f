import sys
print('mod_a' in sys.modules)
import mod_a
print('mod_a' in sys.modules, mod_a.__name__, mod_a.VALUE, mod_a.greet('x'), mod_a.Thing())
print(type(mod_a).__name__, mod_a.__doc__, sorted(k for k in vars(mod_a) if not k.startswith('__')))
print(mod_a.__file__.endswith('mod_a.py'), __name__)
import mod_a
import mod_a as again
print(again is mod_a, sys.modules['mod_a'] is mod_a)
mod_a.VALUE = 'changed'
import mod_a as third
print(third.VALUE)
