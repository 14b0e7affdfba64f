# str.format/format_map and % odds and ends: argument errors, reflected operands, wide kinds.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: '{a}'.format_map(1))
t(lambda: '{a}'.format_map())
t(lambda: 'x'.format_map({}, {}))
t(lambda: 5 % 'a')
t(lambda: [] % 'a')
t(lambda: 'a' % b'x')
t(lambda: b'a' % 'x')
t(lambda: b'%s' % 'x')
t(lambda: bytearray(b'%d') % 3)
t(lambda: str.format('{}', 1))
t(lambda: str.format())
t(lambda: '{0.__class__.__name__}'.format(1))
t(lambda: '{0[0]:>{1}}'.format('abc', 5))
t(lambda: '{a[0]}{a[1]}'.format(a='xy'))
t(lambda: '{0:{1}}'.format(1, 1.5))
t(lambda: '{\u20ac}'.format(**{'\u20ac': 'euro'}))
t(lambda: '\u20ac{}\U0001f600{}'.format('\u00e9', 1))
t(lambda: '%s\U0001f600%c' % ('\u00e9', 0x1f600))
x = '{} {}'
t(lambda: x.format(*range(2)))
t(lambda: ('%s' * 3) % tuple('abc'))
