print(format(12), format('a'), format(1.5), format(None), format([1, 2]), format((1,), ''), format(True, ''))
print(format(True, 'd'), format(True, '>5'), format(False, 'x'))
try:
    format([1], 'x')
except TypeError as e:
    print(e)
try:
    format(None, '>4')
except TypeError as e:
    print(e)
print(format(3 + 4j, ''), format(3 + 4j, '>12'), format(1j, '.3f'), format(3 - 4j, '+.1e'))
print('{:>{w}}'.format('r', w=4), '{0:{fill}{align}{w}}'.format('c', fill='.', align='^', w=7))
print('{:%Y}'.format(type('D', (), {'__format__': lambda s, spec: 'year:' + spec})()))
print(str.format('{}+{}', 1, 2), '{0}'.format(*['only']), '{x[1]}'.format(x=[5, 6]))
print('{:,}'.format(-1234567.891), '{:_.3f}'.format(1234567.891), '{:.3%}'.format(0.12345))
print('{0:b} {0:o} {0:x} {0:X} {0:c}'.format(97))
print('{:#b} {:#o} {:#x}'.format(0, 0, 0))
print('{:=+8} {:=8}'.format(-42, 42), '{:0=8}'.format(-42))
