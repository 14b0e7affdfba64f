# re: compile, flags, Pattern attributes and reprs, the cache, escape, purge
import re

p = re.compile('a+b')
print(p, repr(p), type(p), type(p).__name__, type(p).__module__)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile('a', re.I | re.S))
print(re.compile(b'a', re.I))
print(re.compile('a', re.A))
print(re.compile('a', re.X | re.M))
print(re.compile('(?i)abc'), re.compile('(?i)abc').flags)
print(re.compile('(?s)x').flags, re.compile('(?a)x').flags, re.compile(b'(?L)x').flags)
print(re.compile('x' * 300))
print(re.compile('(?P<year>\\d{4})-(?P<month>\\d\\d)').groupindex)
print(re.compile('(a)(b)(?:c)(?P<d>d)').groups)
print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L)
print(repr(re.I | re.M), str(re.I | re.S), int(re.I | re.M), re.NOFLAG)
print(re.I.value, re.M.value, re.S.value, re.X.value, re.A.value, re.U.value, re.L.value)
print(re.compile('a') is re.compile('a'))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(42)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m-n#o&p~q'))
print(re.escape('hello_world123 \t\n'), re.escape(b'a.b c'))
print(re.escape('日本.語'))
re.purge()
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('b'))
print(re.compile('a') == re.compile('a', re.I), hash(re.compile('a')) == hash(re.compile('a')))
print(isinstance(p, re.Pattern), isinstance(p.match('ab'), re.Match))
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception))
print(sorted(n for n in re.__all__))
