b = b'hello world'
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], type(b[0]).__name__)
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes('é', 'utf-8'), bytes(range(5)), bytes(b'copy'))
print(bytes.fromhex('de ad BE EF'), b'\xde\xad'.hex(), b'abc'.hex('-'), b'abcdef'.hex(':', 2), b''.hex())
print(b'abc' + b'def', b'ab' * 3, b'lo' in b, 111 in b, b'a' < b'b')
print(b.upper(), b.title(), b.capitalize(), b.swapcase(), b.split(), b.split(b'o'), b.rsplit(b' ', 1))
print(b.find(b'o'), b.rfind(b'o'), b.index(b'w'), b.count(b'l'), b.count(ord('o')), b.find(111))
print(b.replace(b'l', b'L'), b.startswith(b'he'), b.endswith((b'x', b'ld')), b.strip(b'hd'))
print(b' x '.strip(), b'-'.join([b'a', b'b']), b'a,b'.partition(b','), b'abc'.center(7, b'*'))
print(b'12'.zfill(5), b'Ab1'.isalnum(), b'ab'.isalpha(), b'12'.isdigit(), b' '.isspace(), b'ab'.islower())
print(b'abc'.decode(), b'\xe2\x82\xac'.decode('utf-8'), list(b'AB'), tuple(b'\x00\xff'))
print(repr(b'\x00\t\n\r\\\'"\x7f\x80'), repr(b"'"), repr(b'"\''))
print(b'a\tb'.expandtabs(4), b'x'.ljust(3, b'.'), b'x'.rjust(3), b'A B'.lower(), b'path/to'.split(b'/'))
print(b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'hello'.translate(None, b'l'))
print(b'prefix_x'.removeprefix(b'prefix_'), b'x.txt'.removesuffix(b'.txt'), b'a\nb'.splitlines())
print(hash(b'abc') == hash(b'abc'), b'abc' == bytearray(b'abc'), b'x' == 'x')
for bad in (lambda: b'a' + 'b', lambda: bytes([256]), lambda: bytes('x'), lambda: b'x'[5], lambda: bytes.fromhex('zz'),
            lambda: bytes([-1]), lambda: b'%d' % b'x'):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
