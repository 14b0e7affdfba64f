# array: typecodes, sizes, conversions and their errors, slicing, operators, buffers, subclasses (a broad sweep against CPython)
import array, sys, io, os
print(array.typecodes, array.ArrayType is array.array, array.array.__module__, array.array.__name__)
for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.itemsize, sys.getsizeof(a), a, repr(a))
for tc in 'bBhHiIlLqQ':
    a = array.array(tc, range(5))
    a.append(7); a.extend([1, 2]); a.insert(0, 3); a.insert(-100, 1); a.insert(100, 2)
    print(a, sys.getsizeof(a), a.buffer_info()[1], a.count(1), a.index(7), a.pop(), a.pop(0))
    a.byteswap(); print(a.tobytes()[:8])
    a.reverse(); print(a.tolist())
for tc, bad in [('b', 128), ('b', -129), ('B', -1), ('B', 256), ('h', 1 << 15), ('H', -1), ('H', 1 << 16), ('i', 1 << 31),
                ('I', -1), ('I', 1 << 32), ('l', 1 << 63), ('L', -1), ('L', 1 << 64), ('q', 1 << 63), ('Q', -1), ('Q', 1 << 64),
                ('b', 1.5), ('f', 'x'), ('d', None), ('u', 'ab'), ('u', 1), ('i', '1'), ('f', 1 << 2000)]:
    try:
        array.array(tc, [bad]); print('ok', tc, bad)
    except Exception as e:
        print(tc, type(e).__name__, e)
for args in [('x',), ('',), ('ii',), (1,), ('b', 'abc'), ('u', b'ab'), ('u', 'ab'), ('b', b'\x01\x02'), ('h', b'\x01'),
             ('b', array.array('h', [1])), ('d', array.array('f', [1.5])), ('u', array.array('u', 'x')), ('b', 5)]:
    try:
        print(args, array.array(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
a = array.array('i', range(10))
print(a[2:8:2], a[::-1], a[-1], a[3:1], len(a), 5 in a, 50 in a, a == array.array('i', range(10)), a < array.array('i', [0, 2]))
print(a == array.array('d', range(10)), a == list(range(10)), array.array('f', [1.5]) == array.array('d', [1.5]))
a[1:3] = array.array('i', [9, 9, 9]); print(a)
try: a[1:3] = [1, 2]
except TypeError as e: print(e)
try: a[0:2:1] = array.array('h', [1,2])
except TypeError as e: print(e)
try: a[::2] = array.array('i', [1])
except ValueError as e: print(e)
del a[::3]; print(a)
try: a[100]
except IndexError as e: print(e)
try: a[100] = 1
except IndexError as e: print(e)
try: a['x']
except TypeError as e: print(e)
print(a + array.array('i', [1]), a * 2, 2 * a, a * -1)
try: a + array.array('b', [1])
except TypeError as e: print(e)
try: a + [1]
except TypeError as e: print(e)
b = array.array('u', 'hello'); print(b, b.tounicode(), b.itemsize); b.fromunicode('xy'); print(b)
try: array.array('i').fromunicode('x')
except ValueError as e: print(e)
try: array.array('i').tounicode()
except ValueError as e: print(e)
c = array.array('d', [1.0, 2.5]); print(c, c.tobytes(), c.buffer_info()[1])
m = memoryview(c); print(m.format, m.itemsize, m.nbytes, m.tolist(), m.readonly)
try: c.append(1.0)
except BufferError as e: print(e)
m.release(); c.append(3.0); print(c)
c.frombytes(b'\x00' * 8); print(c)
try: c.frombytes(b'\x00' * 5)
except ValueError as e: print(e)
d = array.array('h', [0, 1, 2])
try: d.fromfile(io.BytesIO(b'ab'), -1)
except ValueError as e: print(e)
d.fromlist([1, 2]); print(d)
try: d.fromlist([1, 'x'])
except TypeError as e: print(e, d)
try: d.fromlist((1,))
except TypeError as e: print(e)
try: d.remove(99)
except ValueError as e: print(e)
try: d.index(99)
except ValueError as e: print(e)
print(d.index(2, 1), d.index(1, -3))
try: array.array('i').pop()
except IndexError as e: print(e)
print(array.array('b', [1]).__copy__(), array.array('b').__deepcopy__({}))
print(bytes(array.array('H', [1, 2])), bytearray(array.array('b', [1])), list(iter(array.array('f', [0.1]))))
print(hash is not None, array.array('i', [1]).__class__, type(iter(array.array('i'))))
try: hash(array.array('i'))
except TypeError as e: print(e)
class A(array.array):
    pass
x = A('i', [1, 2]); print(x, type(x[0:1]), type(x + x), x.__dict__)
try: array.array('i', [1], 2)
except TypeError as e: print(e)
try: array.array(typecode='i')
except TypeError as e: print(e)
