# re: string.Template over re (CPython 3.11's code): custom delimiter, idpattern, braceidpattern, flags and pattern
import re
import string
from string import Template

print(Template.pattern.flags & re.VERBOSE != 0, Template.flags, type(Template.pattern).__name__)
t = Template('$who likes ${what} for $$5; $x_1 and ${y}')
print(t.safe_substitute(who='tim', what='kung pao'), t.get_identifiers(), t.is_valid())
print(Template('$a$b ${c}d').substitute({'a': 1, 'b': 2}, c=3))
for bad in ['$', 'x $1', 'line1\n ${bad', '${}']:
    try:
        Template(bad).substitute(a=1)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(Template('$é ${ü}').safe_substitute(), Template('$é').is_valid())


class Percent(Template):
    delimiter = '%'


class Dotted(Template):
    idpattern = r'[a-z]+(?:\.[a-z]+)*'


class Braced(Template):
    braceidpattern = r'[^}]+'


class Cased(Template):
    flags = 0
    idpattern = r'[a-z]+'


class Own(Template):
    pattern = r'''
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \[(?P<braced>[a-z]+)\] |
      (?P<invalid>)
    )
    '''


print(Percent('%who owes %% %{amount}').substitute(who='tim', amount='$5'))
print(Dotted('$user.name is ${user.age}').substitute({'user.name': 'ann', 'user.age': 7}))
print(Braced('${a b} and $c').substitute({'a b': 1, 'c': 2}))
print(Cased('$abc $ABC').safe_substitute(abc=1, ABC=2), Cased('$ABC').is_valid())
print(Own('#name ## #[x] #').safe_substitute(name='n', x='X'), Own.pattern.groupindex)
print(Own('#a #b #a').get_identifiers())
try:
    Own('ok #').substitute()
except ValueError as e:
    print(e)
print(string.capwords(' hello   world '), string.Template.delimiter)
