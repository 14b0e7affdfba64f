# re: MULTILINE, DOTALL, VERBOSE, ASCII and inline/scoped flags
import re

text = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M))
print(re.findall(r'\w+$', text), re.findall(r'\w+$', text, re.M))
print(re.findall(r'(?m)^s\w+', text), re.search(r'\Athird', text, re.M), re.search(r'third\Z', text, re.M))
print(re.search(r'line.second', text), re.search(r'line.second', text, re.S), re.search(r'(?s)line.second', text))
print(re.search(r'(?s:line.)second', text), re.search(r'(?s:l)ine.second', text))
print(re.findall('$', 'a\n'), re.findall('$', 'a\n', re.M), re.findall('^', '\n\n', re.M))
pat = re.compile(r'''
    (?P<int>\d+)      # integer part
    (?:\.(?P<frac>\d*))?  # fraction
    \ x               # escaped space and an x
    [ #]              # a class keeps spaces and hashes
''', re.VERBOSE)
print(pat.match('3.14 x#').groupdict(), pat.match('42 x '), pat.flags)
print(re.match(r'(?x) a b c # comment', 'abc'), re.match(r'(?x)a\ b', 'a b'), re.match(r'(?x)a[ ]b', 'a b'))
print(re.match(r'a(?x: b c)d', 'abcd'), re.match(r'(?x)a(?-x: b)', 'a b'))
print(re.match(r'(?x)a{2, 3}', 'aa'), re.match(r'(?x)(?P<n> x )', 'x'))
print(re.match('(?#a comment)abc', 'abc'), re.compile('(?ims)x').flags, re.compile('(?x)x', re.I).flags)
print(re.match(r'(?a)\w', 'é'), re.match(r'(?u)\w', 'é'), re.compile('(?u)x').flags)
print(re.match(r'(?i:a)b', 'Ab'), re.match(r'(?i:a)b', 'AB'), re.match(r'(?i)a(?-i:b)', 'Ab'))
print(re.compile('x', re.DEBUG if False else 0).flags, re.compile(b'(?L)x').flags, re.compile(b'x', re.L).flags)
print(re.findall(r'(?m)^$', 'a\n\nb\n'), re.findall(r'(?m)^.*$', 'ab\ncd'))
