n = 1234567
for spec in ['', 'd', '10d', '<10d', '^10d', '>10d', '=10d', '+d', '-d', ' d', '010d', '+010d', ',', '_', '10,',
             '010,d', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '_b', '_x', '#_x', 'n',
             '*^15,', '0>12', 'e', '.2e', 'f', '.1f', '%', '.2%', 'g', '08.3f']:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(65, 'c'), format(0x1F600, 'c'), format(0, 'd'), format(0, '#x'), format(-0, '+d'))
print(format(2 ** 100, ','), format(2 ** 100, '_x'), format(-255, '#x'), format(255, '#010x'), format(-255, '#010x'))
for bad in ['.2d', ',x', ',b', 'z', '=s', '#c', ',c', '+c']:
    try:
        print(format(n, bad))
    except ValueError as e:
        print(repr(bad), e)
