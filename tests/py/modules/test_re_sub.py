# re: sub and subn with templates (\1, \g<name>, \g<0>, escapes) and functions, count
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@example x@y'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'), re.sub(r'\w+', r'[\g<0>]', 'a bc'))
print(re.sub(r'x', r'\n\t\\', 'axb'), repr(re.sub('a', r'\0', 'a')), repr(re.sub('a', r'\101', 'a')))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.subn(r'\d', '#', 'a1b2c3'), re.subn(r'\d', '#', 'a1b2c3', 2), re.subn('z', 'y', 'abc'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('(?=b)', '^', 'abab'))
print(re.sub('a', 'b', 'aaa', count=1), re.sub('a', 'b', 'aaa', 0), re.sub('a', 'b', 'aaa', count=-1))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'(\d+)', lambda m: m.group(1)[::-1], 'abc 123 4567'))
p = re.compile(r'(?P<k>\w+)=(?P<v>\w+)')
print(p.sub(r'\g<v>=\g<k>', 'a=1, b=2'), p.subn(r'\2', 'a=1 b=2'))
print(re.sub(r'\s+', ' ', '  many   spaces\there\n'))
print(re.sub(b'a', b'b', b'banana'), re.sub(rb'(a)', rb'<\1>', b'aba'), re.subn(b'x', b'', b'xax'))
print(re.sub('é', 'e', 'café né'), re.sub('(?i)É', 'E', 'café'))
print(re.sub(r'\d', lambda m: '', 'a1b2'))
for bad in [r'\3', r'\g<3>', r'\g<name>', r'\g<1', r'\g', r'\q', r'\g<-1>', r'\g<a b>']:
    try:
        re.sub('(a)(b)', bad, 'ab')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
def f(m):
    return m.group(0).upper()
print(re.sub(r'\b\w', f, 'hello big world'))
print(re.sub('(b)', r'\g<1>0', 'abc'))
try:
    re.sub('(b)', r'\10', 'abc')
except re.error as e:
    print('error', e, e.pos)
print(re.sub('a', 'x', 'a' * 20000).count('x'))
