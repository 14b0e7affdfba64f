import mod_a
print(sorted(k for k in dir(mod_a) if k.startswith('__') and k in ('__name__', '__doc__', '__file__', '__spec__', '__loader__', '__package__', '__builtins__', '__cached__')))
print(mod_a.__package__ == '', mod_a.__spec__.name)
mod_a.new_attr = 'attached'
import mod_a as same
print(same.new_attr)
del mod_a.new_attr
print(hasattr(same, 'new_attr'))
print(__doc__, __package__, __spec__)
import math
print(math.__name__, hasattr(math, 'sqrt'), getattr(math, 'nope', None))
