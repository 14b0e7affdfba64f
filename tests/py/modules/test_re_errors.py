# re: re.error messages, pos, lineno and colno for syntax errors, and other exceptions
import re

bad = [
    '(abc', 'abc)', 'a)b(', '*a', 'a**', 'a{2}{3}', '+', '?', 'a|*', '(?:*)', r'\q', r'a\ ',
    '[abc', '[a-', '[z-a]', r'[\d-z]', '(?P<n>a)(?P=m)', '(?P<n', '(?P<1>a)', '(?P=)',
    '(?<=a+)b', '(?<!a|bc)d', '(?<=x*)', r'(a)\2', '(?P<n>a)(?P<n>b)', '(?z)', '(?', '(?P',
    '(?<x)', r'\x4', r'\u12', r'\N{NOPE}', '(?i', '(?i-', '(?-i)', '(?a-a:x)', '(?ia)(?u)x',
    'a(?i)b', 'x{3,2}', r'(a)(?(2)b)', r'(?(a)b)', r'(?(1a)b)', '(?#abc', r'\400', '[\\400]',
    '(a)(b\\1\\2)', 'a\n(b\n c', '(?P<a-b>x)', '\\', 'x{4294967296}',
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), type(e).__name__, e)
try:
    re.compile(b'(a')
except re.error as e:
    print(e, e.pattern)
try:
    re.compile(b'\\q')
except re.error as e:
    print(e)
try:
    re.compile('ab\ncd\n(ef')
except re.error as e:
    print(str(e), e.lineno, e.colno, e.pos)
e = re.error('plain message')
print(e, e.msg, e.pos, e.pattern, e.lineno, e.colno)
for call in [lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.match('a', 5),
             lambda: re.compile('(a)').match('a').group(2), lambda: re.match('a', 'a').start('x'),
             lambda: re.sub('a', 5, 'a')]:
    try:
        print(call())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
