s = '  a b\tc\n d  '
print(s.split(), s.split(' '), s.split(None, 1), s.rsplit(None, 1))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), 'a,b,,c'.split(',', 0))
print(''.split(), ''.split(','), '   '.split(), ','.split(','))
print('a--b--c'.split('--'), 'abc'.split('abc'), 'x'.split('long separator'))
print('1 2 3'.split(maxsplit=1), '1 2 3'.rsplit(maxsplit=1), 'a b c'.rsplit(' ', -1))
try:
    'a'.split('')
except ValueError as e:
    print(e)
print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), ' '.join(map(str, range(5))))
print(', '.join(sorted({'b': 1, 'a': 2})), '\n'.join(['l1', 'l2']))
try:
    ','.join([1, 2])
except TypeError as e:
    print(e)
try:
    ','.join(['a', None])
except TypeError as e:
    print(e)
print('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines())
print('a\nb\n'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines(), '\n'.splitlines())
print('x\r\ny'.splitlines(keepends=True), 'no newline'.splitlines())
print('a\nb'.split('\n'), 'a\n\nb'.split())
