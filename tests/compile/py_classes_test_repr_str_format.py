class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both as str'
    def __format__(self, spec):
        return f'formatted[{spec}]'
b = Both()
print(b, repr(b), str(b), f'{b}', f'{b!r}', f'{b!s}', f'{b:xyz}', format(b, '>5'))
print([b], (b,), {'k': b})
print('%s %r' % (b, b))
print('{} {!r} {:spec}'.format(b, b, b))
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly!'
print(ReprOnly(), str(ReprOnly()), f'{ReprOnly()}')
class StrOnly:
    def __str__(self):
        return 'StrOnly!'
print(StrOnly(), repr(StrOnly()).startswith('<__main__.StrOnly object at 0x'))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class DefaultFormat:
    def __str__(self):
        return 'dflt'
print(format(DefaultFormat()), f'{DefaultFormat()}')
try:
    format(DefaultFormat(), 'x')
except TypeError as e:
    print(e)
class StrSub(str):
    def __repr__(self):
        return 'StrSub(' + super().__repr__() + ')'
print(repr(StrSub('q')), StrSub('q'), [StrSub('q')])
class Ascii:
    def __repr__(self):
        return 'ü'
print(ascii(Ascii()), repr(Ascii()))
