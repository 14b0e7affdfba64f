class P:
    x = 1
    y = [10, 20]
    d = {'key': 'val'}
p = P()
print('{0.x} {0.y[1]} {0.d[key]}'.format(p))
print('{p.x}|{p.y[0]:>5}|{p.d[key]!r}'.format(p=p))
print('{0[0]}{0[1]}{1[a]}'.format('xy', {'a': 'A'}))
print('{:d}{:s}{:.1f}'.format(1, 'two', 3.04))
print('{0}{1}{0}'.format('ab', 'cd'), '{}'.format('{}'))
print('{0:{1}{2}}|'.format('v', '>', 6), '{:{}}|'.format(3, 4))
try:
    '{0[-1]}'.format([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    '{0.nope}'.format(p)
except AttributeError as e:
    print(e)
try:
    '{:{:{}}}'.format(1, 2, 3)
except ValueError as e:
    print(e)
print('{!r:^10}|{!s:*<6}'.format('q', 'z'))
