# __import__: CPython 3.11's forms, results and errors
m = __import__('math'); print(m.sqrt(4))
cab = __import__('collections.abc'); print(cab.__name__)
cab2 = __import__('collections.abc', fromlist=['Mapping']); print(cab2.__name__)
print(__import__('os.path', globals(), locals(), ['join'], 0).__name__)
for bad in [(5,), ('',), ('math', None, None, (), -1), ('no_such_mod_x',)]:
    try:
        __import__(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__('x', level=1)
except Exception as e:
    print(type(e).__name__, e)
import builtins
print(builtins.__import__ is __import__, __import__.__name__)
try:
    __import__('x', {}, None, (), 1)
except Exception as e: print(type(e).__name__, e)
try:
    __import__('x', {'__name__': 'a'}, None, (), 2)
except Exception as e: print(type(e).__name__, e)
