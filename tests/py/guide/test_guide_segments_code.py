# docs/memory-model.md §1 Segments: the code segment is code objects holding bytecode
import dis
import gc
import sys


def add(a, b):
    result = a + b
    return result


code = add.__code__
print(type(code).__name__)
print(code.co_name, code.co_argcount, code.co_varnames)
print(code.co_consts)
print(type(code.co_code).__name__, len(code.co_code))
# A code object is an ordinary object: it has a type, a size and a reference count.
print(sys.getsizeof(code) > 0, sys.getrefcount(code) >= 2)
# Every call runs the same code object; calls do not copy it.
print(add(1, 2), add(10, 20), add.__code__ is code)
# The "compiled program" is bytecode for CPython's virtual machine:
dis.dis(add)
# The function is another heap object, made when `def` ran, that points to the code object.
print(gc.is_tracked(add), type(add).__name__)
