# add_note() and __notes__: storage in the instance dict, type checks, copies on split
e = ValueError('v')
print(hasattr(e, '__notes__'), vars(e))
e.add_note('first')
e.add_note('second\nline')
print(e.__notes__, vars(e), e.__dict__ is e.__dict__)
for bad in (5, None, b'x', ['a']):
    try:
        e.add_note(bad)
    except TypeError as err:
        print(err)
e.__notes__ = ('a tuple',)
try:
    e.add_note('x')
except TypeError as err:
    print(err)
del e.__notes__
e.add_note('again')
print(e.__notes__)
class S(str):
    pass
e.add_note(S('subclass of str'))
print(e.__notes__, type(e.__notes__[-1]).__name__)
try:
    e.add_note()
except TypeError as err:
    print(err)
try:
    e.add_note('a', 'b')
except TypeError as err:
    print(err)
k = KeyError('k')
k.__notes__ = 'not a list'
try:
    k.add_note('n')
except TypeError as err:
    print(err)
print(ValueError.add_note is BaseException.add_note)
