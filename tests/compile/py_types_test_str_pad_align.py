print(repr('abc'.center(9)), repr('abc'.center(8)), repr('abc'.center(8, '*')), repr('abc'.center(2)))
print(repr('ab'.center(5)), repr('ab'.center(6)), repr('a'.center(4, '-')))
print(repr('abc'.ljust(6)), repr('abc'.ljust(6, '.')), repr('abc'.rjust(6)), repr('abc'.rjust(6, '0')))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(6), '42'.zfill(1), ''.zfill(3), '-'.zfill(3))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print(e)
print(repr('a\tb\tc'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('12345\t6'.expandtabs(4)))
print(repr('\ta\n\tb'.expandtabs(2)), repr('x\ty'.expandtabs(0)), repr('ab\r\tc'.expandtabs(4)))
print(repr('é'.center(5, 'é')), repr('中'.ljust(3, '文')))
