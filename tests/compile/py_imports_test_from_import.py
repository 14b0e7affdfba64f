from mod_a import VALUE, greet as hello, Thing
print(VALUE, hello('y'), Thing(), hello.__name__)
from mod_a import _private
print(_private)
from mod_all import *
print(public_one, shared)
try:
    print(public_two)
except NameError as e:
    print(e)
from mod_a import *
print(VALUE, 'items' in dir(), '_private' in dir())
try:
    from mod_a import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
