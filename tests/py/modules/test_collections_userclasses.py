# collections.UserDict / UserList / UserString: the wrappers and their ABC behaviour
import collections
import collections.abc as cabc
import copy
from collections import UserDict, UserList, UserString


def show(label, fn, *args, **kw):
    try:
        print(label, repr(fn(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


# ---- UserDict
print('== UserDict')
d = UserDict({'a': 1}, b=2)
print(d, len(d), d['a'], 'b' in d, 'z' in d, list(d), d.data, type(d.data).__name__)
print(UserDict(), UserDict([('x', 1)]), UserDict(dict=3), UserDict(self=4))
show('missing', d.__getitem__, 'z')
d['c'] = 3
del d['a']
show('del-missing', d.__delitem__, 'a')
print(d, d.get('b'), d.get('z'), d.get('z', 0), d.setdefault('b', 9), d.setdefault('n', 0), d)
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
print(type(d.keys()).__name__, type(d.items()).__name__, type(d.values()).__name__)
print(d.pop('n'), d.pop('zz', 'dflt'))
show('pop-missing', d.pop, 'zz')
print(d.popitem() in [('b', 2), ('c', 3)], len(d))
d.update({'p': 1}, q=2)
d.update([('r', 3)])
d.update(UserDict(s=4))
print(d, d == {'c': 3, 'p': 1, 'q': 2, 'r': 3, 's': 4} or d == {'b': 2, 'p': 1, 'q': 2, 'r': 3, 's': 4})
print(UserDict(a=1) == UserDict(a=1), UserDict(a=1) == {'a': 1}, UserDict(a=1) != {'a': 2},
      UserDict(a=1) == [('a', 1)], {'a': 1} == UserDict(a=1))
print(UserDict(a=1) | {'b': 2}, {'b': 2} | UserDict(a=1), UserDict(a=1) | UserDict(a=5))
show('or-bad', lambda: UserDict() | [1])
e = UserDict(a=1)
e |= {'b': 2}
e |= [('c', 3)]
e |= UserDict(d=4)
print(e, type(e).__name__)
show('ior-bad', e.__ior__, 5)
print(UserDict.fromkeys('ab'), UserDict.fromkeys(['x'], 0))
c = d.copy()
c['new'] = 1
print(type(c).__name__, 'new' in d, 'new' in c)
d.clear()
print(d, len(d), bool(d), bool(UserDict(a=1)))
print(isinstance(d, cabc.MutableMapping), isinstance(d, cabc.Mapping), isinstance(d, dict))
print(issubclass(UserDict, cabc.MutableMapping), UserDict.__mro__[1:3])


class Defaulting(UserDict):
    def __missing__(self, key):
        return 'missing:' + key


dd = Defaulting(a=1)
print(dd['a'], dd['zz'], 'zz' in dd, dd.get('zz'), dd.get('a'))


class Tracked(UserDict):
    def __init__(self, *args, **kw):
        self.extra = 'x'
        super().__init__(*args, **kw)

    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)


t = Tracked(a=1)
t2 = t.copy()
print(t, t2, type(t2).__name__, t2.extra, t2.data is t.data)
t3 = copy.copy(t)
print(t3, t3.data is t.data, t3.extra)
t4 = copy.deepcopy(UserDict(a=[1]))
print(t4, type(t4).__name__)
print(Tracked.fromkeys('ab', 5), type(Tracked.fromkeys('ab', 5)).__name__)
print(repr(UserDict({1: UserDict(x=[1])})), str(UserDict(a='s')))
print(getattr(UserDict, '__reversed__', 'absent'))

# ---- UserList
print('== UserList')
L = UserList([3, 1, 2])
print(L, len(L), L[0], L[-1], L[1:], type(L[1:]).__name__, 2 in L, list(L), L.data)
print(UserList(), UserList((1, 2)), UserList(UserList([9])), UserList('ab'), UserList(range(3)))
orig = [1, 2]
ul = UserList(orig)
print(ul.data is orig, ul.data == orig)
show('index-error', L.__getitem__, 10)
L[0] = 30
L.append(4)
L.insert(0, 0)
L.extend([5, 6])
L.extend(UserList([7]))
print(L, L.pop(), L.pop(0), L)
L.remove(30)
show('remove-missing', L.remove, 99)
print(L, L.count(1), L.index(2), L.index(4, 2))
show('index-missing', L.index, 99)
L.reverse()
print(L)
L.sort()
print(L)
L.sort(key=lambda v: -v, reverse=False)
print(L)
L.sort(reverse=True)
print(L, list(reversed(L)))
del L[0]
del L[:1]
print(L)
print(L + [9], [9] + L, L + (8,), (8,) + L, L + UserList([0]), type([9] + L).__name__)
print(L * 2, 2 * L, type(2 * L).__name__)
m = UserList([1])
m += [2]
m += (3,)
m += UserList([4])
m *= 2
print(m)
print(UserList([1, 2]) < [1, 3], UserList([1, 2]) <= UserList([1, 2]), UserList([2]) > [1],
      UserList([2]) >= [3], UserList([1]) == [1], UserList([1]) == UserList([1]), UserList([1]) != (1,))
show('lt-bad', lambda: UserList([1]) < 5)
print(UserList([1, 2]).copy(), type(UserList([1]).copy()).__name__)
cp = copy.copy(UserList([[1]]))
print(cp, type(cp).__name__)
L.clear()
print(L, bool(L))
print(isinstance(L, cabc.MutableSequence), isinstance(L, cabc.Sequence), isinstance(L, list))
print(UserList.__doc__)


class Evens(UserList):
    def __getitem__(self, i):
        if isinstance(i, int) and i >= 3:
            raise IndexError(i)
        return super().__getitem__(i)


ev = Evens([0, 2, 4, 6, 8])
print(list(ev), ev[1:], type(ev[1:]).__name__, list(reversed(UserList('abc'))))
ul2 = UserList([1, 2, 3])
it = iter(ul2)
print(next(it), type(it).__name__ != '', ul2.__iter__ is not None)

# ---- UserString
print('== UserString')
s = UserString('Hello World')
print(s, repr(s), str(s), len(s), s[0], s[1:5], type(s[0]).__name__, 'World' in s,
      UserString('lo') in s, s.data)
print(UserString(42), UserString(UserString('x')), repr(UserString([1])))
print(int(UserString('12')), float(UserString('1.5')), complex(UserString('1+2j')))
print(hash(UserString('ab')) == hash('ab'), UserString('ab').__getnewargs__())
print(UserString('a') == 'a', UserString('a') == UserString('a'), UserString('a') < 'b',
      UserString('a') <= UserString('a'), UserString('b') > 'a', UserString('b') >= 'c',
      UserString('a') != 'b')
print(s + '!', s + UserString('?'), s + 5, '>' + s, 5 + s, type('>' + s).__name__)
print(UserString('ab') * 2, 3 * UserString('x'), UserString('%s-%s') % ('a', 'b'),
      type(UserString('%s') % 1).__name__)
print('%s!' % UserString('q'), UserString('[%s]').__rmod__('zz'))
print(s.capitalize(), s.casefold(), s.center(15, '*'), s.center(13), s.count('o'),
      s.count('o', 5), s.count(UserString('l')))
print(s.removeprefix('Hello'), s.removesuffix(UserString('World')), s.encode(),
      s.encode(None, None), UserString('é').encode('latin-1'))
print(s.endswith('World'), s.endswith(('x', 'd')), s.expandtabs(), UserString('a\tb').expandtabs(4))
print(s.find('o'), s.find(UserString('W')), s.find('o', 5, 6), s.rfind('o'), s.rfind(UserString('l')))
print(UserString('{}{x}').format(1, x=2), UserString('{a}').format_map({'a': 3}))
print(s.index('W'), s.rindex('o'))
show('index-missing', s.index, 'zz')
show('index-userstring', s.index, UserString('W'))
for meth in ['isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
             'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']:
    print(meth, [getattr(UserString(v), meth)() for v in ('abc', 'A1', '12', ' ', 'Ab Cd', 'x_1', '')])
print(UserString(',').join(['a', 'b']), type(UserString(',').join('ab')).__name__)
print(s.ljust(14, '.'), s.rjust(14), s.lower(), s.upper(), s.swapcase(), s.title(), UserString('7').zfill(3))
print(UserString('  x  ').lstrip(), UserString('  x  ').rstrip(), UserString('xxaxx').strip('x'),
      UserString('  y ').strip())
print(s.partition(' '), s.rpartition('o'), type(s.partition(' ')[0]).__name__)
print(s.replace('l', 'L'), s.replace(UserString('o'), UserString('0'), 1), s.replace('l', '', 2))
print(s.split(), s.split('o', 1), s.rsplit('o', 1), UserString('a\nb\n').splitlines(),
      UserString('a\nb\n').splitlines(True), type(s.split()[0]).__name__)
print(s.startswith('Hell'), s.startswith('World', 6))
print(s.translate({ord('o'): '0'}), s.translate(str.maketrans('lo', 'LO')), UserString.maketrans('a', 'b'))
print(type(s.upper()).__name__, type(s.strip()).__name__, type(s.split()).__name__)
print(isinstance(s, cabc.Sequence), isinstance(s, str), list(reversed(UserString('abc'))),
      UserString('abcb').index('b'), UserString('abcb').count('b'))
print(sorted([UserString('b'), UserString('a')]), {UserString('k'): 1}['k'])


class Shout(UserString):
    def __str__(self):
        return self.data.upper() + '!'


sh = Shout('hey')
print(sh, repr(sh), type(sh + 'x').__name__, type(sh.lower()).__name__, sh[0], type(sh[0]).__name__)
print(copy.copy(UserString('c')), copy.deepcopy(UserString('d')))
show('no-attr', getattr, s, 'nonexistent')
print(hasattr(UserString('x'), 'data'), vars(UserString('v')))
print(sorted(n for n in vars(UserString) if not n.startswith('_'))[:10])
print(sorted(n for n in vars(UserDict) if not n.startswith('_')))
print(sorted(n for n in vars(UserList) if not n.startswith('_')))
