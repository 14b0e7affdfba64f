# re: match, search, fullmatch with pos/endpos; Match objects and their reprs
import re

for pat, s in [('a+b', 'aaab'), ('a+b', 'xaab'), ('abc', 'abc'), ('', 'abc'),
               ('.*', 'hello\nworld'), ('x*', ''), ('[0-9]+', 'abc123def456')]:
    print(repr(pat), repr(s), re.match(pat, s), re.search(pat, s), re.fullmatch(pat, s))

m = re.search(r'(\w+)@(\w+)\.com', 'mail: joe@example.com now')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups())
print(m.start(), m.end(), m.span(), m.start(1), m.end(2), m.span(2))
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m[0], m[1], m[2], bool(m))
try:
    m.group(3)
except IndexError as e:
    print('IndexError', e)
try:
    m['nope']
except IndexError as e:
    print('IndexError', e)

p = re.compile(r'\d+')
print(p.match('abc123', 3), p.match('abc123', 2), p.search('12 345 6789', 3))
print(p.search('12 345 6789', 3, 5), p.search('12345', 1, 3), p.fullmatch('12345', 1, 3))
print(p.match('123', -5), p.search('123', 10), p.search('123', 0, 100))
m = p.search('ab 99 cd', 1, 6)
print(m, m.pos, m.endpos)
print(re.match('a$', 'a\n'), re.fullmatch('a$', 'a\n'), re.search('$', 'a\nb\n').span())
print(re.fullmatch('a|ab', 'ab'), re.fullmatch('(a|ab)(c|bcd)', 'abcd'))
print(re.match('(a)|(b)', 'b').groups(), re.match('(a)|(b)', 'b').groups('-'))
print(re.match('(a)|(b)', 'b').span(1), re.match('(a)|(b)', 'b').start(1))
print(re.match('x' * 60, 'x' * 60))
print(re.match('.', '\U0001F600'), re.search('é+', 'café é'), re.match('.{3}', 'ñandú'))
print(re.match(r'(?:ab)+', 'ababab'), re.match(r'(?:ab)+?', 'ababab'), re.match(r'(?:ab){2}', 'ababab'))
print(re.match(r'a{2,3}', 'aaaa'), re.match(r'a{2,3}?', 'aaaa'), re.match(r'a{,2}', 'aaaa'), re.match(r'a{2,}', 'aaaa'))
print(re.match(r'a{', 'a{'), re.match(r'a{1', 'a{1'), re.match(r'a{x}', 'a{x}'), re.match(r'{', '{'))
print(re.match(r'(a+)+b', 'aaab'), re.match(r'(a|b)*c', 'ababc').group(1))
print(re.search(r'\Aab', 'ab'), re.search(r'\Aab', 'cab'), re.search(r'ab\Z', 'ab\n'), re.search(r'ab$', 'ab\n'))
print(re.match(r'(?:x|y|z)+', 'xyzzyx!'), re.search(r'cat|dog|bird', 'a bird and a dog'))
print(re.search('a.c', 'a\nc'), re.search('a.c', 'a\nc', re.S))
s = 'The quick brown fox'
it = re.compile(r'\b\w')
print([m.group() for m in it.finditer(s)])
