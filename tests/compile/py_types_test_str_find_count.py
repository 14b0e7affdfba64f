s = 'the quick brown fox jumps over the lazy dog the end'
print(s.find('the'), s.find('the', 1), s.find('the', 1, 10), s.find('cat'), s.find(''), s.find('', 100))
print(s.rfind('the'), s.rfind('the', 0, 40), s.rfind('x'), s.rfind(''), s.index('quick'), s.rindex('o'))
print(s.count('the'), s.count('o'), s.count(''), 'aaaa'.count('aa'), s.count('e', 10, 30))
print('abc'.find('c', -1), 'abc'.find('a', -1), 'abc'.count('', 1, 2), 'abc'.find('', 3), 'abc'.find('', 4))
for f in ('index', 'rindex'):
    try:
        getattr(s, f)('cat')
    except ValueError as e:
        print(f, e)
print(s.startswith('the'), s.startswith('quick', 4), s.startswith(('a', 't')), s.startswith(()))
print(s.endswith('end'), s.endswith('the', 0, 34), s.endswith(('x', 'nd')), 'abc'.endswith(''))
try:
    s.startswith(['the'])
except TypeError as e:
    print(e)
print('x' in s, 'quick brown' in s, '' in '', 'QUICK' in s)
print('héllo wörld'.find('ö'), '日本語テキスト'.find('テ'), '😀a😀'.rfind('😀'), '😀a😀'.count('😀'))
