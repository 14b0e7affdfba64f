for v in (0.0, 1.0, 10.0, 123.456, 1e-5, 1.5e-5, 9.999e15, 1e16, 1.234e100, 5e-324, 123456789.0):
    print(repr(v), format(v, 'e'), format(v, '.0e'), format(v, '.3E'), format(v, 'g'), format(v, '.3g'), format(v, '#.3g'), format(v, '.12g'), format(v, 'G'))
for v in (1, 12, 12345678901, -7):
    print(v, format(v, 'e'), format(v, '.2e'), format(v, 'g'), format(v, '.2g'), format(v, '%'), format(v, '.1%'), format(v, 'f'))
