s = 'Hello, World'
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[-100:3])
print(s + '!', s * 2, 2 * 'ab', len(s), 'World' in s, s < 'Help', s == 'Hello, World')
print(min(s), max(s), sorted(s)[:4], list('abc'), tuple('ab'), set('aab') == {'a', 'b'})
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s[0] = 'h'
except TypeError as e:
    print(e)
try:
    s['a']
except TypeError as e:
    print(e)
print(str(123), str(1.5), str([1]), str(None), str(), str(b'x'), str(True))
print('abc'.__len__(), 'abc'.__getitem__(1), 'a'.__add__('b'), 'ab'.__mul__(2), 'abc'.__contains__('bc'))
print(hash('abc') == hash('ab' + 'c'), hash('') == 0)
it = iter('xyz')
print(next(it), list(it), type(iter('')).__name__)
print(''.join(reversed('stressed')), 'a' < 'b' < 'ba' < 'c')
