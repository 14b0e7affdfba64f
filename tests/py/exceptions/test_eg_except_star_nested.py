# except* in generators (yield inside handlers), nested try/except*, finally in loops
def gen():
    try:
        yield 1
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        yield ('handled', repr(eg))
    except* TypeError as eg:
        yield ('t', repr(eg))
        raise
g = gen()
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except ExceptionGroup as e:
    print('out', repr(e))
def nested():
    try:
        try:
            raise ExceptionGroup('a', [ValueError(1), KeyError(2)])
        except* ValueError:
            try:
                raise ExceptionGroup('b', [IndexError(3)])
            except* IndexError as inner:
                print('inner', repr(inner), repr(inner.__context__))
    except* KeyError as k:
        print('outer', repr(k))
nested()
def ret():
    for i in range(2):
        try:
            raise ExceptionGroup('x', [ValueError(i)])
        except* ValueError:
            pass
        finally:
            print('fin', i)
    return 'r'
print(ret())
import sys
print(sys.exc_info())
