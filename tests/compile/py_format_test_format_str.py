s = 'hello'
for spec in ['', 's', '10', '<10', '>10', '^10', '^9', '*^11', '.3', '10.2', '-^7', '0>8', '!<3']:
    print(repr(spec), repr(format(s, spec)))
print(repr(format('', '5')), repr(format('é', '^5')), repr(format('中文', '>6')), repr(format('😀', '*<3')))
for bad in ['d', '+', ',', '=10', '#']:
    try:
        format(s, bad)
    except ValueError as e:
        print(repr(bad), e)
print(repr(f'{s:{"^"}{12}}'), repr('{:{}{}}'.format(s, '>', 8)))
