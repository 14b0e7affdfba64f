print('aaaa'.replace('a', 'b'), 'aaaa'.replace('a', 'b', 2), 'aaaa'.replace('aa', 'x'), 'abc'.replace('', '-'))
print('abc'.replace('', '-', 2), 'hello'.replace('l', ''), 'x'.replace('x', 'xx'), ''.replace('', 'E'))
print('a.b.c'.partition('.'), 'a.b.c'.rpartition('.'), 'abc'.partition('x'), 'abc'.rpartition('x'))
print('key=value=x'.partition('='), '=start'.partition('='), 'end='.rpartition('='))
try:
    'a'.partition('')
except ValueError as e:
    print(e)
print('hello'.replace('l', 'L', -1), 'hello'.replace('l', 'L', 0), 'ab' * 3 + 'c'.replace('c', 'd'))
print('résumé'.replace('é', 'e'), '中文中'.replace('中', 'zh'), '😀😀'.replace('😀', ':)', 1))
