import string
print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(len(string.printable), string.capwords('hello   wide world'), string.capwords('a-b c', '-'))
t = string.Template('$who likes ${what}!')
print(t.substitute(who='Tim', what='kung pao'), t.safe_substitute(who='Ann'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
print(string.Formatter().format('{0}-{x}', 1, x=2))
