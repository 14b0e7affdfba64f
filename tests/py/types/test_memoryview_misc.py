# memoryview odds and ends: float()/int()/exec/eval/compile of buffers, sequence protocol (reversed, list, sorted), subclass exporters, type facts
import sys
for x in [b'1.5', b' 2_0 ', b'x', b'\xff', b'1\x002', bytearray(b'inf'), memoryview(b'-3e2'), memoryview(b'12')[::-1], b'']:
    try:
        print(float(x))
    except Exception as e:
        print(type(e).__name__, str(e)[:50])
exec(memoryview(b'print("exec ok")'))
print(eval(memoryview(b'1+2')), compile(memoryview(b'x=1'), 'f', 'exec').co_filename)
m = memoryview(b'abc')
print(list(m), tuple(m), set(memoryview(b'aa')), sorted(memoryview(b'ba')), list(reversed(m)), max(m), min(m[1:]))
print(len(memoryview(b'abcdef')[1::2]), list(enumerate(m)), dict(zip(m, 'xyz')), any(memoryview(b'\x00')), all(m))
class B(bytes):
    pass
class BA(bytearray):
    pass
bsub = B(b'sub')
basub = BA(b'arr')
mb, mba = memoryview(bsub), memoryview(basub)
print(mb.obj is bsub, mb.readonly, mba.obj is basub, mba.readonly, bytes(mb), mba.tolist())
mba[0] = 65
print(basub)
try:
    basub.append(1)
except BufferError as e:
    print('subclass', e)
mba.release()
basub.append(33)
print(basub)
try:
    class M(memoryview):
        pass
except TypeError as e:
    print(e)
print(memoryview.__name__, type(m).__name__, memoryview.__doc__.split('\n')[0])
print(sorted(n for n in dir(memoryview) if not n.startswith('_')))
print(hasattr(m, '__enter__'), hasattr(m, '__exit__'), hasattr(m, '__iter__'), hasattr(m, '__len__'), hasattr(m, '__getitem__'))
print(m.__len__(), m.__getitem__(1), m.__eq__(b'abc'), m.__ne__(b'abc'), m.__eq__(5), m.__lt__(m))
print(m.__hash__() == hash(b'abc'), memoryview.__hash__ is not None)
print(sys.getsizeof(m) == sys.getsizeof(m.cast('c')) == sys.getsizeof(m[::2]) == 184)
views = [memoryview(bytearray(10))[i:] for i in range(3)]
print([len(v) for v in views], [v.nbytes for v in views])
m = memoryview(b'ab')
for f in [lambda: m.tolist(1), lambda: m.release(1), lambda: m.__enter__(1), lambda: m.toreadonly(2), lambda: m.tobytes(1, 2), lambda: m.cast('B', [2], 3),
          lambda: memoryview.tolist(b'ab'), lambda: m.__exit__(1, 2, 3, 4), lambda: m.__len__(), lambda: memoryview.__new__(memoryview, b'zz').tolist(),
          lambda: m.hex(bytes_per_sep=1), lambda: m.hex(b':'), lambda: m.cast(shape=[2])]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
