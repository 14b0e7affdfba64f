samples = ['', 'abc', 'ABC', 'Abc', 'abc123', '123', '12.5', ' ', '\t\n', 'Hello World', 'hello world',
           '٣', '²', '½', 'Ⅻ', 'é', '中文', '_id', 'id1', '1id', 'class', 'a b', '\x00', 'ab\n',
           'ǅungla', '🙂', '\u00a0', 'İ']
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
