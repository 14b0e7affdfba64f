# memoryview.cast: native formats (B b c ? h H i I l L q Q n N f d P), itemsize/shape/strides/tolist, packing items, and cast errors
import sys
raw = bytearray(range(1, 17))
m = memoryview(raw)
for fmt in ['B', 'b', 'c', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'f', 'd', 'P', '@B', '@i']:
    c = m.cast(fmt)
    vals = c.tolist()
    print(fmt, c.format, c.itemsize, c.nbytes, len(c), c.shape, c.strides, c.ndim, vals if fmt not in 'fd' else len(vals))
    print('  ', c[0] if fmt not in 'fd' else type(c[0]).__name__, c.tobytes() == bytes(raw), c.obj is raw, c.readonly)
neg = memoryview(bytearray(b'\xff\xfe\x80\x7f'))
print(neg.cast('b').tolist(), neg.cast('h').tolist(), neg.cast('H').tolist(), neg.cast('i').tolist(), neg.cast('I').tolist())
dd = memoryview(bytearray(16)).cast('d')
dd[0] = 1.5
dd[1] = 7
print(dd.tolist(), dd.cast('B').tolist()[:8])
ff = memoryview(bytearray(8)).cast('f')
ff[0] = 0.1
ff[1] = -2
print(ff.tolist())
w = memoryview(bytearray(8))
h = w.cast('h')
h[0] = -2
h[1] = 32767
h[3] = 0x1234
print(w.tolist(), h.tolist())
q = memoryview(bytearray(16)).cast('Q')
q[0] = 2 ** 64 - 1
q[1] = 12345678901234567890
print(q.tolist())
ql = memoryview(bytearray(16)).cast('q')
ql[0] = -2 ** 63
ql[1] = 2 ** 63 - 1
print(ql.tolist())
cc = memoryview(bytearray(b'abc')).cast('c')
cc[0] = b'Z'
print(cc.tolist(), cc[1], cc.obj)
bb = memoryview(bytearray(3)).cast('?')
bb[0] = 5
bb[1] = []
bb[2] = 'x'
print(bb.tolist(), bytes(bb.obj))
print(m.cast('I').cast('B').tolist() == list(raw), m.cast('c').cast('H').tolist() == m.cast('H').tolist())
print(memoryview(b'').cast('I').shape, memoryview(b'abcd').cast('B', [4]).shape, memoryview(b'abcd').cast('I', (1,)).tolist())
print(memoryview(b'ab').cast(format='B').format, memoryview(b'ab').cast('B', shape=[2]).shape)
errors = [
    lambda: m.cast('x'), lambda: m.cast('BB'), lambda: m.cast('<i'), lambda: m.cast(''),
    lambda: m.cast(1), lambda: m.cast('é'), lambda: m.cast(), lambda: m.cast('I').cast('H'),
    lambda: memoryview(b'abc').cast('H'), lambda: m[::2].cast('B'), lambda: m.cast('B', 3),
    lambda: m.cast('B', [2.0]), lambda: m.cast('B', [0]), lambda: m.cast('B', [-16]), lambda: m.cast('B', [17]),
    lambda: memoryview(b'').cast('B', [0]),
    lambda: h.__setitem__(0, 32768), lambda: h.__setitem__(0, -32769), lambda: h.__setitem__(0, 'a'),
    lambda: memoryview(bytearray(4)).cast('H').__setitem__(0, -1), lambda: memoryview(bytearray(4)).cast('I').__setitem__(0, 2 ** 32),
    lambda: memoryview(bytearray(4)).cast('i').__setitem__(0, 2 ** 31), lambda: q.__setitem__(0, 2 ** 64),
    lambda: q.__setitem__(0, -1), lambda: ql.__setitem__(0, 2 ** 63), lambda: dd.__setitem__(0, 'x'),
    lambda: dd.__setitem__(0, None), lambda: cc.__setitem__(0, 'a'), lambda: cc.__setitem__(0, b'ab'),
    lambda: cc.__setitem__(0, 97), lambda: memoryview(bytearray(2)).cast('b').__setitem__(0, 128),
    lambda: memoryview(bytearray(2)).cast('b').__setitem__(0, -129),
]
for f in errors:
    try:
        print('no error', f())
    except Exception as e:
        print(type(e).__name__, e)
