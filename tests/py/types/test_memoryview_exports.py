# memoryview exports: bytearray refuses to resize while viewed, release() and with-blocks, managed buffer refcounts, released-view errors, sizes
import sys, gc
b = bytearray(b'hello')
base = sys.getrefcount(b)
m = memoryview(b)
print(sys.getrefcount(b) - base, m.obj is b, m[1:].obj is b, memoryview(m).obj is b)
s1 = m[1:]
m2 = memoryview(m)
print(sys.getrefcount(b) - base)
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)
attempt('append', lambda: b.append(1))
attempt('extend', lambda: b.extend(b'xy'))
attempt('pop', lambda: b.pop())
attempt('remove', lambda: b.remove(104))
attempt('insert', lambda: b.insert(0, 1))
attempt('clear', lambda: b.clear())
attempt('del item', lambda: b.__delitem__(0))
attempt('del slice', lambda: b.__delitem__(slice(0, 2)))
attempt('iadd', lambda: b.__iadd__(b'z'))
attempt('imul', lambda: b.__imul__(2))
attempt('grow slice', lambda: b.__setitem__(slice(0, 1), b'xyz'))
attempt('same-size slice', lambda: b.__setitem__(slice(0, 2), b'HE'))
attempt('item', lambda: b.__setitem__(4, 79))
attempt('imul 1', lambda: b.__imul__(1) is b)
print(b, m.tobytes())
m.release()
attempt('after one release', lambda: b.append(33))
s1.release()
m2.release()
print(sys.getrefcount(b) - base)
b.append(33)
print(b)
with memoryview(b) as v:
    print(type(v).__name__, v.readonly, v[0])
    attempt('in with', lambda: b.append(1))
attempt('after with', lambda: b.append(63))
print(b, repr(v).startswith('<released memory at 0x'), repr(memoryview(b'')).startswith('<memory at 0x'))
for name, f in [('len', lambda: len(v)), ('item', lambda: v[0]), ('slice', lambda: v[:1]),
                ('setitem', lambda: v.__setitem__(0, 1)), ('tobytes', lambda: v.tobytes()),
                ('tolist', lambda: v.tolist()), ('hex', lambda: v.hex()), ('obj', lambda: v.obj),
                ('nbytes', lambda: v.nbytes), ('format', lambda: v.format), ('itemsize', lambda: v.itemsize),
                ('ndim', lambda: v.ndim), ('shape', lambda: v.shape), ('strides', lambda: v.strides),
                ('readonly', lambda: v.readonly), ('contiguous', lambda: v.c_contiguous),
                ('cast', lambda: v.cast('B')), ('toreadonly', lambda: v.toreadonly()),
                ('memoryview', lambda: memoryview(v)), ('bytes', lambda: bytes(v)), ('hash', lambda: hash(v)),
                ('enter', lambda: v.__enter__()), ('release', lambda: v.release()),
                ('exit', lambda: v.__exit__(None, None, None)), ('eq self', lambda: v == v),
                ('eq other', lambda: v == memoryview(b)), ('ne', lambda: v != b'')]:
    attempt(name, f)
it = iter(memoryview(b'abc'))
first = next(it)
mv = memoryview(b'q')
it2 = iter(mv)
mv.release()
attempt('iter after release', lambda: next(it2))
print(sys.getsizeof(memoryview(b'')), sys.getsizeof(memoryview(b'abc')[::2]), sys.getsizeof(memoryview(bytearray(100))))
x = memoryview(b'abc')
print(gc.is_tracked(x), [type(r).__name__ for r in gc.get_referents(x)])
mb = gc.get_referents(x)[0]
print(sys.getsizeof(mb), gc.is_tracked(mb), gc.get_referents(mb))
bb = b'bytes object'
r0 = sys.getrefcount(bb)
views = [memoryview(bb) for i in range(3)]
print(sys.getrefcount(bb) - r0, [v.obj is bb for v in views])
del views
print(sys.getrefcount(bb) - r0)
tmp = bytearray(b'xy')
mm = memoryview(tmp)
del mm
tmp.append(1)
print(tmp, 'view dropped, resize works')
