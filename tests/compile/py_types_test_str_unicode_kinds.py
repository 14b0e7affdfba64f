samples = ['ascii', 'latin-1 é ÿ', 'bmp 中文 €', 'astral 😀 𝄞', '']
for s in samples:
    print(repr(s), len(s), [hex(ord(c)) for c in s[-3:]], max(map(ord, s), default=0))
s = 'a😀b'
print(len(s), s[1], s[1:], s[::-1], s.index('b'), s.upper())
print(chr(0x1F600), ord('😀'), chr(0x10FFFF) == '\U0010ffff', chr(0), repr(chr(0x7f)))
print('\u00ff' < '\u0100' < '\uffff' < '\U00010000')
print(sorted(['b', 'é', 'a', 'Z', '中', '😀', 'ä']))
mixed = 'x' * 3 + 'é' + '中' + '😀'
print(mixed, len(mixed), mixed[3:5], mixed.encode('utf-8'))
print(repr('\u200b\u00ad\ufeff'), '\u0301'.isprintable(), repr('e\u0301'))
print(str(b'bytes'), str(b'\xff', 'latin-1'), str(b'abc', encoding='ascii'))
print('A' * 3 == 'AAA', 'é' * 2, '😀' * 2, len('😀' * 1000))
