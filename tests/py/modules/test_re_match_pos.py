# Match.pos and Match.endpos: the clamped bounds given to match/search/finditer/scanner/sub
import re
p = re.compile(r'\w+')
for m in p.finditer('ab cd ef', 2):
    print(m, m.pos, m.endpos)
for m in p.finditer('ab cd ef', -5, 100):
    print(m, m.pos, m.endpos)
for m in p.finditer('ab cd ef', 1, 5):
    print(m, m.pos, m.endpos)
print(list(p.finditer('ab', 5, 1)))
print(p.sub(lambda m: '%d-%d' % (m.pos, m.endpos), 'ab cd'))
m = p.search('xx yy', 1, 4); print(m, m.pos, m.endpos, m.regs)
m = p.match('xx yy', -3, 99); print(m, m.pos, m.endpos)
s = p.scanner('a b c', 1)
print(s.match(), s.search(), s.search(), s.search(), s.search())
s = p.scanner('a b c', 7)
print(s.search())
m = p.fullmatch('abc', 1, 2); print(m.pos, m.endpos, m.span())
m = re.compile(b'b+').search(bytearray(b'abbc'), 1); print(m, m.pos, m.endpos, type(m.string))
for m in re.finditer('', 'ab'):
    print(m.span(), m.pos)
# re.TEMPLATE (deprecated) refuses repeats with CPython's internal error
for p in ['a*', 'a+?', 'a{2}', '(?:ab)*', 'a?', 'a*+', '(?>a)', 'ab']:
    try:
        print(p, re.compile(p, re.T).match('ab'))
    except re.error as e:
        print(p, 'error:', e)
