# memoryview in reference cycles: a bytearray subclass holding views of itself is collected (gc.collect counts), the managed buffer is tracked
import gc, sys
class BA(bytearray):
    pass
gc.collect()
x = BA(b'cycle')
x.m = memoryview(x)
try:
    x.append(1)
except BufferError as e:
    print(e)
print(gc.is_tracked(x.m))
del x
print(gc.collect())
y = BA(b'two')
y.views = [memoryview(y), memoryview(y)[1:]]
del y
print(gc.collect())
print(m.tolist() if (m := memoryview(b'ok')) else None)
z = BA(b'abc')
v = memoryview(z)
print(len(gc.get_referents(v)), type(gc.get_referents(v)[0]).__name__, gc.get_referents(gc.get_referents(v)[0])[0] is z)
v.release()
mb_list = gc.get_referents(v)
print(len(mb_list), gc.is_tracked(mb_list[0]), gc.get_referents(mb_list[0]))
z.append(100)
print(z)
