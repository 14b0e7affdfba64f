items = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10.0, 1)]
print(f"{'Item':<10}|{'Price':>8}|{'Qty':^5}|")
for name, price, qty in items:
    print(f'{name:<10}|{price:>8.2f}|{qty:^5d}|')
total = sum(p * q for _, p, q in items)
print(f'{"Total":<10}|{total:>8.2f}|')
width, prec = 12, 3
v = 2 / 3
print(f'[{v:{width}.{prec}f}] [{v:<{width}.{prec}e}] [{v:^{width}}]')
d = {'a': {'b': [10, 20]}}
print(f"{d['a']['b'][1] * 2}", f'{len(d)}', f'{[x for x in range(3)]}', f'{ {1, 2} }')
print(f'{3:{"0"}>{5}}', f'{"x"!r:^9}', f'{v!s:.4}', f'{v!r:>25}')
x = 10
print(f'{x=:#06x}', f'{x*2 = }', f'{x = !r}')
name = 'Ann'
print(f'{name!a} {"é"!a:>8}')
print(f'{"{"}{"}"}', f'{{{x}}}', f'{{x}}')
print(f'''multi
line {x}''')
print(f'{x:{"^" if x > 5 else "<"}{8}}|')
print(f'{1_000_000:,}', f'{0.000123:.2e}', f'{-0.0:+.1f}', f'{12.5:.0f}', f'{13.5:.0f}')
