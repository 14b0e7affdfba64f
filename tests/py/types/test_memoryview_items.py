# memoryview items and slices: indexing, negative and tuple keys, slicing with steps, item and slice assignment, iteration
import sys
b = bytearray(b'abcdefgh')
m = memoryview(b)
print(len(m), m[0], m[-1], m[7], m[0,], m.tolist())
print(type(m[1:3]).__name__, m[1:3].tolist(), m[::2].tolist(), m[::-1].tolist(), m[5:1:-2].tolist())
print(m[100:].tolist(), m[-3:].tolist(), len(m[2:2]), m[1:7][1:3].tolist(), m[::3][::-1].tolist())
print(m[::2].shape, m[::2].strides, m[::-1].strides, m[2:5].nbytes, m[::3].nbytes, m[::2][1:].strides)
print(list(m[::-2]), [x for x in m[1:4]], type(iter(m)).__name__, sum(m))
m[0] = 65
m[-1] = 0x48
print(b)
m[1:3] = b'BC'
m[3:5] = bytearray(b'DE')
m[5:6] = memoryview(b'F')
print(b, m.tobytes())
m[::2] = b'1234'
print(b)
m[::-1] = b'hgfedcba'
print(b)
m[0:4] = m[4:8]
print(b)
m[1:5] = m[0:4]
print(b)
m[2:2] = b''
m[:] = bytes(range(48, 56))
print(b, m[2:6].tobytes(), m[::-3].tobytes())
sub = m[2:6]
sub[0] = 120
sub[-1] = 121
print(b, sub.tolist())
class Idx:
    def __index__(self):
        return 3
print(m[Idx()], m[Idx():].tolist())
m[Idx()] = 63
print(b[3])
it = iter(memoryview(b'xyz'))
print(next(it), next(it), next(it), next(it, 'done'), next(it, 'done'))
bad = [
    lambda: m[8], lambda: m[-9], lambda: m['a'], lambda: m[1.0], lambda: m[0, 1], lambda: m[1:2, 0:1],
    lambda: m[()], lambda: m[None], lambda: m[...], lambda: m.__setitem__(8, 1), lambda: m.__setitem__(0, 256),
    lambda: m.__setitem__(0, -1), lambda: m.__setitem__(0, 'a'), lambda: m.__setitem__(0, 1.5),
    lambda: m.__setitem__(slice(0, 2), b'abc'), lambda: m.__setitem__(slice(0, 2), [1, 2]),
    lambda: m.__setitem__(slice(0, 2), 'ab'), lambda: m.__setitem__(slice(0, 4, 2), b'abc'),
    lambda: m.__setitem__(slice(0, 1), memoryview(b'a').cast('c')), lambda: m.__delitem__(0),
    lambda: m.__delitem__(slice(0, 1)), lambda: m.__setitem__('x', 1), lambda: m[::0],
    lambda: memoryview(b'ab').__setitem__(0, 1), lambda: memoryview(b'ab').__setitem__(slice(0, 1), b'x'),
]
for f in bad:
    try:
        print('no error', f())
    except Exception as e:
        print(type(e).__name__, e)
print(b)
