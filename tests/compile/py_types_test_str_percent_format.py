print('%s %s' % ('a', 1), '%d' % 42, '%5d|' % 42, '%-5d|' % 42, '%05d' % 42, '%+d %+d' % (5, -5))
print('%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8), '%e %E' % (12345.678, 0.00012))
print('%f %.2f %10.3f| %-10.1f|' % (3.14159, 3.14159, 3.14159, 3.14159), '%g %g %g' % (1e-5, 123456789, 0.5))
print('%r %a %s' % ('é', 'é', 'é'), '%c%c' % (65, 'b'), '%%', '100%%' % ())
print('%(name)s is %(age)d' % {'name': 'Bo', 'age': 7}, '%s' % [1, 2], '%s' % ((1, 2),))
print('%*d|%-*d|' % (5, 1, 4, 2), '%.*f' % (2, 1.23456), '%.3s' % 'abcdef', '%5.1s|' % 'xyz')
print('%i %u' % (3, 4), '% d' % 5, '%d' % 3.99, '%s' % None, '%d' % True, '%.0f' % 2.5, '%.0f' % 3.5)
print('%x' % -255, '%o' % -8, '%e' % 0, '%g' % 1e100, '%G' % 1e-10, '%10.4g|' % 3.14159265)
errs = [lambda: '%d' % 'x', lambda: '%s %s' % 'a', lambda: '%s' % (1, 2), lambda: '%z' % 1,
        lambda: '%(k)s' % {}, lambda: '%c' % 'ab', lambda: '%d' % None, lambda: '%' % ()]
for e in errs:
    try:
        print(e())
    except (TypeError, ValueError, KeyError) as ex:
        print(type(ex).__name__, ex)
print(b'%s %d %x' % (b'bytes', 5, 255), b'%c' % 65, b'%b' % b'raw')
