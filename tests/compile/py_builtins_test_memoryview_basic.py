b = bytearray(b'hello world')
m = memoryview(b)
print(m[0], m[-1], bytes(m[0:5]), m.tolist()[:3], len(m), m.readonly, m.nbytes, m.format, m.itemsize)
m[0] = ord('H')
print(b)
m[6:11] = b'WORLD'
print(b, m.tobytes(), m.hex())
ro = memoryview(b'abc')
print(ro.readonly)
try:
    ro[0] = 1
except TypeError as e:
    print(e)
print(bytes(memoryview(b'xyz')[::2]), memoryview(b'ab') == b'ab')
m.release()
try:
    m[0]
except ValueError as e:
    print(e)
