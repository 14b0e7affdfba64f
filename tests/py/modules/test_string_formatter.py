# string.Formatter: format/vformat, parse, get_field/get_value, conversions, nested and auto-numbered fields, the errors, and overriding the hooks in a subclass
import string

F = string.Formatter()
print(F.format('{} and {}', 'a', 'b'), F.format('{1}{0}{1}', 'x', 'y'), F.format('{name}!', name='n'))
print(F.format('{0[1]} {0[k]} {1.real} {1.imag:.1f}', {1: 'one', 'k': 'kay'}, 2 + 3j))
print(F.format('{a[0][1]}|{b.__class__.__name__}', a=[[5, 6]], b=1.5))
print(F.format('{!r} {!s} {!a} {!r:>8}', 'é', 'q', 'é', 'z'))
print(F.format('{:{}{}}', 3.14159, '>10', '.3'), F.format('{0:{1}}', 'x', 5) + '|')
print(F.format('{x:{w}.{p}f}', x=2.5, w=8, p=2), F.format('{{literal}} {}', 1), F.format('}}{{'))
print(F.vformat('{0}-{k}', (1,), {'k': 2}), F.format(''), F.format('plain'))
print(F.format('{0:%Y}', __import__('datetime').date(2020, 1, 2)) if False else F.format('{:,}', 1234567))
for fs in ['{0}', 'a{b}c{{d}}e}}', '{!r}', '{x!s:>4}', '{0[x].y:3}', '{:{w}}', 'end{', '{}}',
           '{0!}', '{0!r', '{0!rx}', 'a}b', '{a[}', '{[0]}', '{.a}', '{0:}', '{!r:}', '']:
    try:
        print(repr(fs), list(F.parse(fs)))
    except ValueError as e:
        print(repr(fs), type(e).__name__, e)
for fn in ['0', 'a', '0.real', '0[1]', 'a.b.c', 'a[x][1]', 'a[1]', '10']:
    try:
        print(fn, F.get_field(fn, ('zero', 'one'), {'a': {'x': 'AB', 1: 'int1'}}))
    except Exception as e:
        print(fn, type(e).__name__, e)
print(F.get_value(0, ['first'], {}), F.get_value('k', [], {'k': 'kw'}))
for key in [1, 'missing']:
    try:
        F.get_value(key, ['only'], {})
    except Exception as e:
        print(type(e).__name__, e)
print(F.convert_field(5, None), F.convert_field('s', 'r'), F.convert_field('é', 'a'), F.convert_field(3, 's'))
print(F.format_field(3.5, '08.2f'), F.format_field('ab', '^6') + '|', F.check_unused_args({0}, (1, 2), {}))
bad = ['{} {0}', '{0} {}', '{:{}} {0}', '{0:{}}', '{x', '{0!z}', '{0:{1:{2:{3}}}}', '{}', '{5}', '{k}',
       '{0.}', '{0[}', '{0[0]x}', '{0:d}', '}', '{0!}']
for fs in bad:
    try:
        print(repr(fs), F.format(fs, 1, 2, 3, 4))
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as e:
        print(repr(fs), type(e).__name__, e)
try:
    F.format()
except TypeError as e:
    print('TypeError', e)
print(F.format(format_string='{}', ) if False else F.format('{format_string}', format_string='kw ok'))
print(F.format('{self}', self='s'))


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        print('used', sorted(map(str, used_args)), len(args), sorted(kwargs))
        extra = set(kwargs) - used_args
        if extra:
            raise ValueError('unused: %s' % sorted(extra))


print(Strict().format('{0}{a}{0}', 1, a=2, ))
try:
    Strict().format('{a}', a=1, b=2)
except ValueError as e:
    print(e)


class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<%s>' % key)
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == 'stars':
            return '*' * len(str(value))
        return super().format_field(value, format_spec)


D = Defaults()
print(D.format('{x} {y!u} {0:stars} {z!r}', 'hello', x=1))


class Lister(string.Formatter):
    def parse(self, format_string):
        # treat the whole text as one field name
        return [('pre:', format_string, '', None)] if format_string else []


print(Lister().format('k', k='v'))
print(Lister().vformat('0', ('zero',), {}))

# parser and field-name details of CPython's _string helpers
for fs in ['{0!\x00}', '{0[a]b}', '{a[]}', '{0[}]}', '{0[{]}', '{a{b}', '{0!r:{1}}', '{0!:}', '{:}}}',
           'x{{y', '{{', '}}', '{0:{{}}}', '{0!s!r}', 'a{0}b{']:
    try:
        print(repr(fs), list(F.parse(fs)))
    except ValueError as e:
        print(repr(fs), type(e).__name__, e)
lazy = F.parse('a{0}b{')
print(next(lazy))
for bad in [None, 5, b'{}']:
    for call in (lambda: F.parse(bad), lambda: F.get_field(bad, (), {}), lambda: F.format(bad)):
        try:
            call()
        except TypeError as e:
            print(type(e).__name__, e)
print(F.format('{0[0]}', {0: 'int key', '0': 'str key'}), F.format('{\u0661}', 'a', 'arabic one'))
print(F.format('{0[\u0663]}', 'abcd'), F.format('{0[-1]}', {'-1': 'minus'}), F.format('{0[ 1]}', {' 1': 'sp'}))
print(F.format('{' + '0' * 30 + '1}', 'a', 'b'), F.get_field('0' * 25, ('z',), {}))
for fn in ['9' * 20, '0[' + '9' * 19 + ']', '0[x]y', '0.', '0..a', '0[0', '0[]', '0.a[']:
    try:
        print(fn, F.get_field(fn, ([[1]],), {}))
    except Exception as e:
        print(fn, type(e).__name__, e)
print(F.format('{0:{1}{2}}|{3:>{4}}', 5, '0', '4', 'r', 3), F.format('{:{}}|{:>{}}', 5, '04', 'r', 3))
print(F.format('{x!r:^{w}}', x='v', w=7), F.format('{0.__class__.__name__!r}', 1.0))
