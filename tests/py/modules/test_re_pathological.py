# re: long inputs and deep repeats complete without overflowing the C stack
import re

s = 'a' * 100000
print(len(re.match(r'a*', s).group()), len(re.match(r'(?:a)*', s).group()), len(re.match(r'(a|b)*', s).group()))
print(re.match(r'(?:a|b)*c', s + 'c').end(), re.search(r'a*b', s + 'b').span())
print(re.fullmatch(r'(?:aa)+', s) is not None, re.fullmatch(r'(a)+', s).span(1))
print(len(re.findall(r'a', s)), len(re.split(r'a', s)), re.subn('a', 'bb', s)[1])
t = 'word ' * 20000
print(len(re.findall(r'\w+', t)), len(re.sub(r'\s+', '', t)), re.search(r'(\w+) \1 x', t + 'x'))
print(re.match(r'(.*?)x', 'y' * 50000 + 'x').end(), re.match(r'(?:.*?,){3}', 'a,b,c,d').group())
print(re.search(r'z', 'y' * 100000), re.search(r'(?s).*z', 'y' * 3000 + 'z').end())
print(re.match(r'(?:(?:a|b)+,)+', 'ab,' * 30000).end())
u = 'é' * 50000 + '😀'
print(re.search(r'😀', u).span(), len(re.match(r'\w+', u).group()), re.search(r'(?<=é)😀', u).start())
nested = '(' * 200 + 'a' + ')' * 200
print(re.match(nested, 'a').span(), re.compile(nested).groups)
print(re.match('x' * 5000, 'x' * 5000).end(), re.match('(?:x{10}){100}', 'x' * 1000).end())
