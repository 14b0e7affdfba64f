for v in (0, 1, -1, 0.0, -0.0, 1.5, -1.5, float('inf'), float('-inf'), float('nan')):
    print(repr(v), [format(v, s) for s in ('', '+', '-', ' ', '+08', ' 08', '-08')])
print(format(-0.0, 'z.1f'), format(-0.0001, 'z.2f'), format(0.0001, 'z.2f'), format(-0.0, '.1f'))
print(format(-1e-10, 'z.3e'), format(-0.0, 'zg'), format(-1e-9, '+z.1f'))
