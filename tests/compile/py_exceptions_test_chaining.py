try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise TypeError('implicit')
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError
    except KeyError:
        raise TypeError from None
except TypeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError('set')
print(e.__suppress_context__)
def chain3():
    try:
        try:
            raise OSError('one')
        except OSError:
            raise KeyError('two')
    except KeyError:
        raise ValueError('three')
try:
    chain3()
except ValueError as e:
    c = e
    while c is not None:
        print(type(c).__name__, c)
        c = c.__context__
