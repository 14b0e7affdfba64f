x = 3.14159
w = 10
p = 3
print(f'{x:{w}.{p}f}|')
print(f'{x:{w}}|')
print(f'{"s":{"*"}^{w}}')
print(f'{x=}')
print(f'{x = }')
print(f'{x=:.2f}')
print(f'{x=!r}')
s = 'abc'
print(f'{s=}')
print(f'{s=!s}')
print(f'{1+2=}')
print(f'{s!r:>10}|')
print(f'{12345678:,}')
print(f'{12345678:_}')
print(f'{0.5:%}')
print(f'{-5:+} {5:+} {5: }')
print(f'{f"{1}"}')
print(f'a' f'b{1}' 'c')
d = {'k': 'v'}
print(f"{d['k']}")
