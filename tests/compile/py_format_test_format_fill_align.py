for fill in ('', '*', '0', ' ', '=', '<', '{', '#', 'é'):
    for align in ('<', '>', '^'):
        spec = f'{fill}{align}9'
        print(repr(spec), repr(format('ab', spec)), repr(format(42, spec)), repr(format(-4.5, spec)))
print(repr(format(-42, '=9')), repr(format(-42, '*=9')), repr(format(42, '+=9')), repr(format(-4.5, '0=9')))
print(repr(format(42, '09')), repr(format(-42, '09')), repr(format(42, '<09')))
print(repr(f'{"x":{"<"}{3}}'), repr(f'{7:{"0"}{">"}{4}}'))
