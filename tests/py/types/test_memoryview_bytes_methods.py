# bytes and bytearray methods given memoryview (and bytearray) arguments: partition returns the separator object, fill bytes refuse views, comparisons, concatenation
mv = memoryview(b'ab')
tests = [
 lambda: bytes.maketrans(mv, memoryview(b'xy')), lambda: b'cabd'.partition(mv), lambda: b'abab'.rpartition(mv),
 lambda: b'ab'.ljust(4, memoryview(b'*')), lambda: b'xab'.removeprefix(memoryview(b'x')), lambda: b'abx'.removesuffix(memoryview(b'x')),
 lambda: b'a b'.split(memoryview(b' ')), lambda: b'abc'.endswith((memoryview(b'c'),)), lambda: b'abc'.index(memoryview(b'c')),
 lambda: bytearray(b'abc').find(mv), lambda: bytearray(mv), lambda: bytearray(mv[::-1]), lambda: b'abc' < mv, lambda: mv in b'zab',
 lambda: b'aXb'.split(memoryview(b'X'), 1), lambda: bytearray(b'q') + mv, lambda: b'q' * 2 + mv, lambda: mv + b'q',
 lambda: b'%s' % mv, lambda: bytes(mv).center(6, b'-'), lambda: b'ab'.expandtabs(), lambda: str(mv),
 lambda: ascii(mv)[:8], lambda: format(mv, '')[:8], lambda: b'abc'.count(memoryview(b'c')[0:0]),
 lambda: memoryview(b'ab').cast('c')[0:1] == b'a', lambda: memoryview(b'').tolist(), lambda: bool(memoryview(b'')), lambda: bool(mv),
 lambda: bytearray(b'ab') == mv, lambda: mv == bytearray(b'ab'), lambda: b'ab'.__eq__(mv), lambda: mv.__eq__(b'ab'),
 lambda: b'abc'.strip(memoryview(b'ac')), lambda: b'a,b'.rsplit(memoryview(b',')), lambda: b'abc'.replace(mv, b''),
 lambda: bytearray(b'abc').replace(mv, memoryview(b'Z')), lambda: b'abc'.startswith(mv, 0, 2),
]
for f in tests:
    try:
        r = f()
        print(repr(r)[:60] if 'memory at' not in repr(r) else 'memory repr')
    except Exception as e:
        print(type(e).__name__, e)
print(b'cabd'.partition(bytearray(b'ab')), b'cd'.partition(bytearray(b'ab')), b'cd'.rpartition(bytearray(b'ab')), bytearray(b'cabd').partition(b'ab'))
sep = b'ab'
print(b'cabd'.partition(sep)[1] is sep, bytearray(b'cabd').rpartition(memoryview(sep))[1])
