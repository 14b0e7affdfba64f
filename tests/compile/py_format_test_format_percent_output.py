for v in (0, 0.5, 0.123456, 1, -0.25, 12.3456, 1e-7):
    print(repr(v), format(v, '%'), format(v, '.0%'), format(v, '.2%'), format(v, '>10.1%'), f'{v:+.3%}')
print('%.1f%% done' % 45.67, '{:.1%} done'.format(0.4567), f'{0.4567:.1%} done')
