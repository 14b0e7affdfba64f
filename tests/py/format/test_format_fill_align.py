for fill in ('', '*', '0', ' ', '=', '<', '{' if False else '#', 'é'):
    for align in ('<', '>', '^'):
        spec = f'{fill}{align}9'
        print(repr(spec), repr(format('ab', spec)), repr(format(42, spec)), repr(format(-4.5, spec)))
print(repr(format(-42, '=9')), repr(format(-42, '*=9')), repr(format(42, '+=9')), repr(format(-4.5, '0=9')))
print(repr(format(42, '09')), repr(format(-42, '09')), repr(format(42, '<09')), repr(format('s', '09')) if False else '')
print(repr(f'{"x":{"<"}{3}}'), repr(f'{7:{"0"}{">"}{4}}'))
