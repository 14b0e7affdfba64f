for s in ['plain', "it's", 'say "hi"', 'both \' and "', '\n\t\r', '\\', '\x00\x07\x1f\x7f', '\x80\x9f\xa0',
          'é\xad', '\u2028\u200b', '\ud800', '\U0001f600', '\U000e0001', '\ufffe', '\xff', '\u0378']:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(''), repr("'"), repr('"'), repr("'\""))
print(str(['a', "b'c", 'é']), repr(('x',)), repr({'k': '\n'}))
