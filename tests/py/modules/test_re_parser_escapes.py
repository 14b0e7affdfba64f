# re parser: escapes inside and outside sets (hex/unicode/named/octal/backrefs), inline flag groups and their errors, sub() template escapes and errors, str and bytes
import re

def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, re.Match):
            r = (r.group(), r.span())
        print(label, repr(r))
    except re.error as e:
        print(label, 'error:', e.msg, e.pos)
    except Exception as e:
        print(label, type(e).__name__, e)

patterns = [
    r'\x41', r'\x4g', r'\u0041', r'\U00000041', r'\U0011ffff', r'\N{LATIN SMALL LETTER A}', r'\N', r'\N{', r'\N{}',
    r'\0', r'\07', r'\077', r'\0777', r'\141', r'\400', r'\8', r'(a)\1', r'(a)\10', r'(a)\11x',
    r'\a\f\n\r\t\v\\', r'\b', r'\B', r'\A\Z', r'\d\D\s\S\w\W', r'\.', r'\-', r'\_', r'\e', r'\Q',
    r'[\x41]', r'[\x4]', r'[\u00e9]', r'[\N{DIGIT ONE}]', r'[\0]', r'[\01]', r'[\141]', r'[\477]', r'[\8]', r'[\9]',
    r'[\b]', r'[\a\f\n\r\t\v]', r'[\d]', r'[\w-]', r'[\A]', r'[\B]', r'[\Z]', r'[\q]', r'[\.]', r'[\]]', r'[\-a]',
    '(?i)a', '(?im)a', '(?x) a b', '(?s:.)', '(?i-s:a)', '(?-i:a)', '(?a)\\w', '(?u)x', '(?L)x', '(?au)x',
    '(?i-i:a)', '(?-a:x)', '(?-u:x)', '(?t)x', '(?-t:x)', '(?i', '(?i-', '(?i-m', '(?im-:x)', '(?q)', '(?i1)',
    '(?-1:x)', '(?-q:x)', '(?i-s1:x)', '(?i-sq:x)', 'a(?i)', '(?x)(?-x: a)b', '(?x: a) b',
    '(?P<g>a)(?(g)b|c)', '(?(0)a)', '(?(-1)a)', '(?(4294967296)a)', '(?(1)a|b|c)', '(a)(?(1)b', '(?(x', '(?(1',
]
for p in patterns:
    attempt(repr(p), lambda: re.compile(p).pattern)
for p in [b'\\x41', b'\\u0041', b'\\N{DIGIT ONE}', b'(?L)a', b'(?u)a', b'(?a)a', b'[\\u0041]', b'\\400', b'\\xff', b'(?i)\\xe9']:
    attempt(repr(p), lambda: re.compile(p).pattern)
print(re.match(r'\x41\u0042\U00000043\N{DIGIT ONE}\101', 'ABC1A').group(), re.match(r'[\x41-\x43]+', 'CAB!').group())
print(re.findall(r'(a)(b)\2\1', 'abba abab'), re.match(r'(?i)hello', 'HeLLo').group(), re.match(b'(?i)\\xe9', b'\xc9'))
templates = [
    r'\1', r'\g<1>', r'\g<name>', r'\g<0>', r'[\2]', r'\g<2>', r'\g<x>', r'\g<-1>', r'\g<1a>', r'\g<>', r'\g<1',
    r'\g', r'\0', r'\01', r'\012', r'\0123', r'\12', r'\123', r'\400', r'\n\t\\', r'\q', r'\.', r'\-', '\\',
    r'\g<99999999999>', r'x\1y\g<name>z', r'\a\b\f\r\v', r'\N', r'\x41', r'\u0041',
]
pat = re.compile(r'(?P<name>\w)(\w)')
for t in templates:
    attempt(repr(t), lambda: pat.sub(t, 'ab cd'))
bpat = re.compile(rb'(\w)(\w)')
for t in [rb'\2\1', rb'\g<1>-\x41', rb'\q', rb'\0\101', rb'\g<3>']:
    attempt(repr(t), lambda: bpat.sub(t, b'ab cd'))
print(pat.sub(lambda m: m.group(2) + m.group(1), 'ab cd'), re.sub('x*', '-', 'abxd'), re.subn(r'(a)', r'<\1>', 'aXa'))
print(re.escape('a.b*c'), re.sub(r'(?P<w>\w+)', r'\g<w>!', 'hi there'))
