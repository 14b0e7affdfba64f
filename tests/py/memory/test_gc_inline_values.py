# gc.collect() counts an instance of a class over object as one object (3.11 inline values) but counts the __dict__ of subclasses of other built-in types
import gc
for base in (object, bytearray, list, dict, Exception, int, str, tuple, set, float):
    C = type('C', (base,), {})
    gc.collect()
    x = C(); x.me = x
    del x
    print(base.__name__, gc.collect())
class A: pass
class B(A): pass
class S: __slots__=('a','__dict__')
class S2: __slots__=('__dict__',)
class W: __slots__=('__weakref__','__dict__')
class M(type): pass
class K(metaclass=M): pass
for C in (A, B, S, S2, W, K):
    gc.collect()
    x = C(); x.me = x
    del x
    print(C.__name__, gc.collect(), C.__basicsize__)
