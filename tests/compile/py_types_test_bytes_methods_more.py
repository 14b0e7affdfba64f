b = b'  Hello, World!  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' !'), b.split(b','), b.split(), b.rsplit(None, 1))
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.center(20, b'-'), b.ljust(20, b'*'), b.rjust(20, b'*'))
print(b.find(b'World'), b.index(b'o'), b.rindex(b'o'), b.count(b'l'), b.startswith(b'  H'), b.endswith(b'!  '))
print(b.replace(b'l', b'L', 2), b.partition(b','), b.rpartition(b'o'), b.expandtabs(), b.isascii())
print(b'a1'.isalnum(), b'A'.isupper(), b'Title Case'.istitle(), b'\t\n'.isspace(), b'123'.isdigit(), b''.isalpha())
print(b'abc'.hex(), bytes.fromhex('61 62 63'), b'x\ny\r\nz'.splitlines(), b'x\ny'.splitlines(True))
print(b'%s-%d' % (b'a', 1), b'abc'[1:], b'abc'[-1], list(b'abc'[::-1]), bytes(reversed(b'abc')))
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b'ab' * 0, b'ab' < b'abc', max(b'azm'))
try:
    b'abc'.find('a')
except TypeError as e:
    print(e)
try:
    b''.join(['s'])
except TypeError as e:
    print(e)
