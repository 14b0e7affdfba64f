# array pickling: __reduce_ex__ by protocol and array._array_reconstructor with CPython's machine format codes and errors
import array
from array import _array_reconstructor as R
for tc in array.typecodes:
    a = array.array(tc, 'ab' if tc == 'u' else [1, 2])
    r = a.__reduce_ex__(3)
    print(tc, r, r[0](*r[1]), a.__reduce_ex__(2), a.__reduce_ex__(0))
class A(array.array): pass
x = A('i', [5]); x.foo = 1
print(x.__reduce_ex__(4), x.__reduce_ex__(1))
print(R(array.array, 'b', 0, b'\xff\x01'), R(array.array, 'l', 9, b'\x00\x00\x00\x01\xff\xff\xff\xff'), R(array.array, 'd', 15, b'?\x80\x00\x00'))
print(R(array.array, 'u', 19, b'\x00a\x00b'), R(array.array, 'u', 18, b'a\x00b\x00'), R(array.array, 'u', 21, b'\x00\x00\x00a\x00\x00\x00b'), R(array.array, 'H', 11, bytes(range(8))), R(A, 'q', 12, b'\x00' * 8), R(A, 'f', 16, b'\x00\x00\x00\x00\x00\x00\xf0?'))
for args in [(1, 'b', 0, b''), (int, 'b', 0, b''), (array.array, 'x', 0, b''), (array.array, 'bb', 0, b''), (array.array, 1, 0, b''),
             (array.array, 'b', 22, b''), (array.array, 'b', -1, b''), (array.array, 'b', 0, 'x'), (array.array, 'h', 4, b'\x00'),
             (array.array, 'h', 2, b'\x00'), (array.array, 'b', 'x', b''), (array.array, 'u', 20, b'\xff\xff\xff\xff'), (array.array, 'b', 18, b'a\x00'), (A, 'b', 16, b'\x00' * 8)]:
    try: print(R(*args))
    except Exception as e: print(type(e).__name__, e)
try: R(1, 2)
except TypeError as e: print(e)
try: array.array('b').__reduce_ex__('x')
except TypeError as e: print(e)
import copy
print(copy.copy(x), copy.deepcopy(x), copy.copy(array.array('d', [1.5])))
