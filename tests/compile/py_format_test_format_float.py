vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-7, 1e16, 123456789012345678.0, 0.5, 2.675, float('inf'), float('-inf'), float('nan')]
specs = ['', 'f', '.0f', '.2f', '10.3f', '<10.2f', '^+12.4f', 'e', '.3e', 'E', 'g', '.3g', '.10g', 'G', '%', '.1%',
         ',', ',.2f', '_.3f', '+', ' ', '#.0f', '#g', '010.2f', '=+10.1f', '.15g', '.17g', '#.3g', 'z.1f', '.0e']
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(1.5, '*>10'), format(1.5, '0<8'), format(1e100, 'f')[:20], format(1e-100, '.3g'))
print(format(0.1, '.20f'), format(1 / 3, '.50f'), format(2 ** 0.5, '.30e'))
print(format(123.456, '.2'), format(123.456, '.5'), format(1e20, ''), format(1e16, '.0'), format(12345.0, '.2'))
for bad in ['d', 'x', ',c', '.2s']:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(repr(bad), e)
