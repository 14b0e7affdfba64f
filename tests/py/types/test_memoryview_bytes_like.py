# memoryview as a bytes-like object (bytes(), bytearray(), join, concat, methods, str(), int(), decode, %, in), ==, hash, hex, tobytes, toreadonly
mv = memoryview(b'hello world')
ba = bytearray(b'abc')
print(bytes(mv), bytearray(mv), bytes(mv[::2]), bytearray(mv[::-1]), bytes(mv[2:5]), bytes(memoryview(b'')))
print(b'-'.join([mv[:5], b'x', memoryview(ba)]), bytearray(b',').join([mv[6:], mv[:5]]))
print(b'ab' + memoryview(b'cd'), bytearray(b'ab') + memoryview(b'cd'), ba + mv[:2])
ba2 = bytearray(b'12')
ba2 += memoryview(b'34')
ba2.extend(memoryview(b'56'))
ba2[0:1] = memoryview(b'ab')
print(ba2)
print(b'hello world'.find(mv[6:9]), b'hello'.startswith(memoryview(b'he')), b'a,b'.split(memoryview(b',')))
print(b'hello'.replace(memoryview(b'l'), memoryview(b'L')), b'xhix'.strip(memoryview(b'x')), mv[:5] in [b'hello'])
print(memoryview(b'ell') .tobytes() in b'hello', b'hello'.count(memoryview(b'l')), b'abc'.translate(None, memoryview(b'b')))
print(str(memoryview(b'caf\xc3\xa9'), 'utf-8'), str(mv[:5], encoding='ascii'), int(memoryview(b'42')), int(memoryview(b' 7 ')[1:2]))
print(b'%s|%b' % (memoryview(b'x'), memoryview(b'y')), bytes(memoryview(b'a\x00b')).split(b'\x00'))
print(mv == b'hello world', mv == bytearray(b'hello world'), mv == mv, mv == memoryview(b'hello world'), b'hello world' == mv)
print(mv[:5] == b'hello', mv != b'hello', mv == 'hello world', mv == [104], mv[::2] == b'hlowrd', mv[::-1] == b'dlrow olleh')
print(memoryview(b'\x01\x02').cast('b') == memoryview(b'\x01\x02'), memoryview(b'\x00\x00\x80\x3f').cast('f') == memoryview(b'\x01').cast('B', [1]))
nan = memoryview(bytearray(8)).cast('d')
nan[0] = float('nan')
print(nan == nan, nan.tolist() != nan.tolist(), memoryview(b'\x01\x00').cast('H') == memoryview(b'\x01\x00').cast('h'))
print(memoryview(b'ab') == memoryview(b'abc'), memoryview(b'abc')[1:] == memoryview(b'xbc')[1:])
print(hash(mv) == hash(b'hello world'), hash(mv[::2]) == hash(b'hlowrd'), hash(memoryview(b'')) == hash(b''))
print(hash(memoryview(bytearray(b'abc')).toreadonly()) if False else 'skip', hash(memoryview(b'ab').cast('c')) == hash(b'ab'))
ro = memoryview(ba).toreadonly()
print(ro.readonly, ro.obj is ba, ro.tolist(), memoryview(ro).readonly, ro[1:].readonly)
print(mv.hex(), mv[:3].hex(':'), mv[:4].hex('-', 2), mv[:5].hex(sep='.', bytes_per_sep=-2), memoryview(b'').hex())
print(mv.tobytes(), mv.tobytes('C'), mv.tobytes(order='F'), mv.tobytes(None), mv[::3].tobytes('A'))
d = {memoryview(b'key'): 1}
print(d[memoryview(b'key')], memoryview(b'key') in d, b'key' in d)
errors = [
    lambda: hash(memoryview(bytearray(b'ab'))), lambda: hash(memoryview(b'abcd').cast('H')),
    lambda: mv < mv, lambda: mv <= b'a', lambda: mv > b'', lambda: mv.tobytes('x'), lambda: mv.tobytes(1),
    lambda: mv.hex('::'), lambda: mv.hex(1), lambda: mv.hex(':', 'x'), lambda: mv.hex(':', 1, 2),
    lambda: memoryview('text'), lambda: memoryview(5), lambda: memoryview([1]), lambda: memoryview(),
    lambda: memoryview(b'a', b'b'), lambda: memoryview(obj=b'a'), lambda: b'x'.join([mv[::2]]),
    lambda: b'x' + mv[::2], lambda: b''.join(['s']), lambda: ro.__setitem__(0, 1),
]
for f in errors:
    try:
        print('no error', f())
    except Exception as e:
        print(type(e).__name__, e)
print(memoryview(object=b'kw').tobytes(), type(memoryview).__name__, memoryview.__name__, isinstance(mv, memoryview))
