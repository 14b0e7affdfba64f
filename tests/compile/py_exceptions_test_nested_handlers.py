def level(n):
    try:
        if n == 0:
            raise ValueError('bottom')
        return level(n - 1)
    except ValueError as e:
        if n < 2:
            raise
        return f'caught at level {n}: {e}'
print(level(5))
try:
    try:
        raise KeyError('a')
    except KeyError as e1:
        try:
            raise IndexError('b')
        except IndexError as e2:
            print('inner context', repr(e2.__context__))
        print('still in outer handler', repr(e1))
        raise
except KeyError as e:
    print('final', repr(e), e.__context__)
import sys
def show():
    return repr(sys.exc_info()[1])
try:
    raise ValueError('outer')
except ValueError:
    try:
        raise TypeError('inner')
    except TypeError:
        print(show())
    print(show())
print(show())
