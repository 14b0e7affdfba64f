import sys
kinds = [('ascii', 'a'), ('latin-1', 'é'), ('ucs-2', '中'), ('ucs-4', '😀')]
for name, ch in kinds:
    print(name, [sys.getsizeof(ch * n) for n in range(0, 11)], sys.getsizeof(ch * 100))
print('mixed ascii+latin1:', sys.getsizeof('abc' + 'é'), 'ascii+ucs2:', sys.getsizeof('abc中'), 'ascii+ucs4:', sys.getsizeof('abc😀'))
print('empty:', sys.getsizeof(''), 'one char:', sys.getsizeof('x'), 'long:', sys.getsizeof('x' * 1000))
print('kind upgrades:', [sys.getsizeof('a' * 10 + c) for c in ('b', 'ÿ', 'Ā', '\uffff', '\U00010000')])
print('slice back to ascii:', sys.getsizeof(('a' * 10 + '😀')[:10]))
print('bytes by length:', [sys.getsizeof(b'x' * n) for n in range(0, 11)], sys.getsizeof(b'x' * 100))
