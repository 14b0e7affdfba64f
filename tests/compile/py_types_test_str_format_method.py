print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{0}{0}'.format('x'))
print('{name} is {age}'.format(name='Ann', age=30), '{0[1]} {1[k]}'.format([1, 2], {'k': 'v'}))
print('{0.real} {0.imag}'.format(3 + 4j), '{:>5}|{:<5}|{:^5}'.format(1, 2, 3))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{{}} {}'.format(1))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{0:{1}}'.format('x', 5) + '|')
print('{:,} {:_} {:,.2f}'.format(1234567, 1234567, 1234.5))
print('{a[0]}'.format(a='xyz'), '{0!r:>8}'.format('q'))
m = {'x': 1, 'y': 2}
print('{x}-{y}'.format_map(m), '{x}'.format(**m))
class Default(dict):
    def __missing__(self, k):
        return f'<{k}>'
print('{a} {b}'.format_map(Default(a='A')))
errs = ['{', '}', '{0', '{:d}', '{0}{}', '{x}', '{1}', '{!z}']
for e in errs:
    try:
        print(e.format('s'))
    except (ValueError, KeyError, IndexError) as ex:
        print(type(ex).__name__, ex)
