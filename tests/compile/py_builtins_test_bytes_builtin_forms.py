print(bytes(4), bytes([1, 2, 255]), bytes(b'abc'), bytes(bytearray(b'x')), bytes('text', 'utf-8'), bytes('é', 'latin-1'))
print(bytes(range(65, 70)), bytes(map(ord, 'hey')), bytes((x for x in [97, 98])), bytes(memoryview(b'mv')))
print(bytearray(4), bytearray([1]), bytearray('text', 'ascii'), bytearray(b'q'), bytearray(range(3)))
for bad in (lambda: bytes('text'), lambda: bytes([300]), lambda: bytes(-1), lambda: bytes(1.5), lambda: bytes('é', 'ascii'),
            lambda: bytearray([None]), lambda: bytes(5, 'utf-8')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self):
        return b'custom bytes'
print(bytes(B()))
print(b'%d%%' % 5, bytes.fromhex('00ff'), bytes.fromhex(''), b'\x00'.hex(), len(bytes(1000)))
