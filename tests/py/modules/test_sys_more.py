# sys: switch interval, trace/profile hooks, excepthook, encodings and constants, call_tracing, audit
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001); print(sys.getswitchinterval())
for bad in (0, -1):
    try: sys.setswitchinterval(bad)
    except ValueError as e: print(e)
print(sys.gettrace(), sys.getprofile())
def tr(*a): pass
sys.settrace(tr); print(sys.gettrace() is tr); sys.settrace(None); print(sys.gettrace())
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.float_repr_style, sys.abiflags, type(sys.stdlib_module_names).__name__, 'math' in sys.stdlib_module_names)
print(sys.warnoptions, sys._xoptions, sys.pycache_prefix, sys.platlibdir, sys.excepthook is sys.__excepthook__)
print(sys.call_tracing(max, (3, 7)), sys.audit("x", 1))
print(isinstance(sys.getallocatedblocks(), int))
try: raise ValueError("via hook")
except ValueError as e: sys.excepthook(type(e), e, e.__traceback__)
