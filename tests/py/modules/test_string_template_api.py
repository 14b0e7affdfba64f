# string.Template: mappings combined with keywords, error messages with line and column, custom delimiters/patterns/flags and how subclasses inherit them, unexpected groups, and the module constants and capwords
import re
import string
from string import Template

t = Template('$a ${b} $$ $c')
print(t.substitute({'a': 1, 'b': 2, 'c': 3}, b='kw'), t.safe_substitute({'a': [1]}, c=None))
print(t.substitute(a=1, b=2, c=3), t.safe_substitute(), t.template)
print(Template('$mapping $self').substitute(mapping='m', self='s'))
print(Template('$x').substitute({'x': 'pos'}, **{}), Template('$x').safe_substitute({}, x='kw'))
for src, kw in [('$missing', {}), ('${missing} x', {}), ('ok\n  and $', {}), ('a\nb\nc $ d', {}),
                ('$1', {}), ('\n\n${', {}), ('${a', {'a': 1}), ('$a$', {'a': 1}), ('$', {})]:
    try:
        print(repr(Template(src).substitute(**kw)))
    except (KeyError, ValueError) as e:
        print(repr(src), type(e).__name__, e)
    print(repr(Template(src).safe_substitute(**kw)), Template(src).is_valid(), Template(src).get_identifiers())
try:
    Template('$a').substitute({'a': 1}, {'b': 2})
except TypeError as e:
    print('TypeError', e)
try:
    Template('$a').substitute(None)
except TypeError as e:
    print('TypeError', e)
print(Template('$a $b $a ${a} $c $$d').get_identifiers(), Template('$$').get_identifiers())


class Dollars(Template):
    delimiter = '^^'
print(Dollars('^^x and ^^{y} and ^^^^ and ^z').safe_substitute(x=1, y=2), Dollars.pattern.pattern.count('\\^'))


class Dot(Template):
    delimiter = '.'
    idpattern = '[a-z]+'
    flags = 0
print(Dot('.abc.ABC..').safe_substitute(abc='low', ABC='up'), Dot.flags, Dot.pattern.flags & re.IGNORECASE)


class Upper(Template):
    idpattern = '[A-Z]+'
print(Upper('$abc $ABC').substitute(abc=1, ABC=2), Upper.pattern.flags & re.IGNORECASE != 0)


class Own(Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|\{(?P<braced>\w+)\}|(?P<invalid>))'


class OwnChild(Own):
    pass


class OwnChildPattern(Own):
    pattern = Own.pattern.pattern


print(type(Own.pattern).__name__, Own.pattern.flags & re.VERBOSE != 0, Own('@x @@ $y').safe_substitute(x=1, y=2))
print(OwnChild('@x $y').safe_substitute(x=1, y=2), OwnChildPattern('@x $y').safe_substitute(x=1, y=2))
print(Template.pattern.groupindex == OwnChild.pattern.groupindex, sorted(Template.pattern.groupindex))


class Extra(Template):
    pattern = r'\$(?:(?P<named>[a-z]+)|(?P<other>!)|(?P<escaped>\$)|(?P<braced>\{never\})|(?P<invalid>))'


for call in ['substitute', 'safe_substitute', 'is_valid', 'get_identifiers']:
    try:
        r = getattr(Extra('$a $!'), call)(*([{'a': 1}] if 'sub' in call else []))
        print(call, r)
    except ValueError as e:
        print(call, type(e).__name__, e.args[0], e.args[1] is Extra.pattern)


class NoInvalid(Template):
    pattern = r'\$(?:(?P<named>[a-z]+)|(?P<escaped>\$)|\{(?P<braced>[a-z]+)\})'


print(NoInvalid('$a $ ${b} $$').safe_substitute(a=1, b=2), NoInvalid('$ x').is_valid())


class Tabbed(Template):
    braceidpattern = r'[^}]*'
print(Tabbed('${} ${with space} $plain').substitute({'': 'E', 'with space': 'S', 'plain': 'P'}))
print(Template('${a}b $ab').safe_substitute(a='A'), Template('$a_1.b').substitute(a_1='x'))
print(Template('$é ${é}').safe_substitute({'é': 1}), Template('$é').is_valid(), Template('ǅ $ǅ').get_identifiers())
print(Template('$ABC').substitute(ABC=1), Template('$_').substitute(_=2), Template('$K').safe_substitute(k=3))
print(Template.delimiter, Template.idpattern, Template.braceidpattern, Template.flags == re.IGNORECASE)
print(sorted(string.__all__))
print(string.capwords("o'neil and  THE  rest\tof\nthem"), string.capwords('a,b,,c', ','), repr(string.capwords('')))
print(string.capwords('  x  y  ', ' '), string.capwords('aBC dEF', None))
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
