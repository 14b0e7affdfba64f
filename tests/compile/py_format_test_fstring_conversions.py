class R:
    def __repr__(self):
        return 'R-repr'
    def __str__(self):
        return 'R-str'
    def __format__(self, spec):
        return f'R-format[{spec}]'
r = R()
print(f'{r}', f'{r!s}', f'{r!r}', f'{r!a}', f'{r:x}', f'{r!s:>8}', f'{r!r:<8}|')
s = 'naïve ☃'
print(f'{s!r}', f'{s!a}', f'{s!s:^12}|', f'{s:.3}')
n = 3.0
print(f'{n!r}', f'{n!s}', f'{n:.2f}', f'{n!r:>6}')
items = ['a', 1, None]
print(f'{items}', f'{items!r}', f'{items!s}', f'{tuple(items)}', f'{dict(k=s)!a}')
print(f'{None}', f'{True!r}', f'{b"bytes"}', f'{b"bytes"!s}', f'{1+2j}', f'{...}')
