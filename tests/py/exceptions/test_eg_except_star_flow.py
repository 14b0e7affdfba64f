# except* control flow: several clauses, tuples, handlers that raise or re-raise, else/finally
def run(exc, label):
    print('--', label)
    try:
        try:
            if exc is not None:
                raise exc
        except* (ValueError, KeyError) as eg:
            print('VK', repr(eg))
        except* TypeError as eg:
            print('T', repr(eg))
            raise
        except* OSError as eg:
            print('OS', repr(eg))
            raise LookupError('from handler') from None
        except* ZeroDivisionError:
            print('ZD without name')
        else:
            print('else')
        finally:
            print('finally')
    except BaseException as out:
        print('escaped', type(out).__name__, repr(out))
        if isinstance(out, BaseExceptionGroup):
            for e in out.exceptions:
                print('   member', repr(e), repr(e.__context__))
run(None, 'nothing raised')
run(ValueError('v'), 'naked value')
run(TypeError('t'), 'naked type re-raised')
run(OSError('o'), 'naked os, handler raises')
run(ExceptionGroup('g', [ValueError(1), KeyError(2)]), 'all handled by one clause')
run(ExceptionGroup('g', [ValueError(1), TypeError(2), OSError(3), ZeroDivisionError(4)]), 'every clause')
run(ExceptionGroup('g', [IndexError(1), ValueError(2)]), 'partly unhandled')
run(ExceptionGroup('g', [ExceptionGroup('n', [TypeError(1), IndexError(2)]), ValueError(3)]), 'nested')
run(KeyboardInterrupt(), 'base exception not matched')
run(BaseExceptionGroup('bg', [KeyboardInterrupt(), ValueError(9)]), 'base group')
def in_loop():
    for i in range(3):
        try:
            raise ExceptionGroup('loop', [ValueError(i)])
        except* ValueError as eg:
            print('loop', i, eg.exceptions[0].args)
    return 'done'
print(in_loop())
try:
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('bare raise keeps the group', repr(e))
import sys
try:
    raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
except* ValueError:
    print('exc_info in handler', repr(sys.exc_info()[1]), repr(sys.exception()))
except* TypeError:
    print('second handler', repr(sys.exception()))
print('after', sys.exc_info())
for bad in (ExceptionGroup, (ValueError, BaseExceptionGroup), int, (1,)):
    try:
        try:
            raise ValueError('x')
        except* bad:
            pass
    except TypeError as e:
        print(e)
