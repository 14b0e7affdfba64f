# ExceptionGroup / BaseExceptionGroup construction: checks, messages, promotion, nesting rules
import sys
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)
attempt('list', lambda: ExceptionGroup('msg', [ValueError()]))
attempt('tuple', lambda: ExceptionGroup('msg', (ValueError(1), TypeError(2))))
attempt('empty', lambda: ExceptionGroup('msg', []))
attempt('not seq', lambda: ExceptionGroup('msg', ValueError()))
attempt('set', lambda: ExceptionGroup('msg', {1}))
attempt('dict', lambda: ExceptionGroup('msg', {'a': ValueError()}))
attempt('item', lambda: ExceptionGroup('msg', [ValueError(), 5]))
attempt('msg type', lambda: ExceptionGroup(5, [ValueError()]))
attempt('one arg', lambda: ExceptionGroup('msg'))
attempt('three', lambda: ExceptionGroup('msg', [ValueError()], 3))
attempt('base in eg', lambda: ExceptionGroup('msg', [KeyboardInterrupt()]))
attempt('beg promote', lambda: BaseExceptionGroup('msg', [ValueError()]))
attempt('beg keep', lambda: BaseExceptionGroup('msg', [ValueError(), SystemExit(2)]))
attempt('kw', lambda: ExceptionGroup('msg', [ValueError()], x=1))
attempt('nested', lambda: ExceptionGroup('a', [ExceptionGroup('b', [ValueError()])]))
attempt('nested base', lambda: ExceptionGroup('a', [BaseExceptionGroup('b', [GeneratorExit()])]))
eg = ExceptionGroup('one', [ValueError('x')])
print(str(eg), '|', str(ExceptionGroup('', [ValueError(), TypeError()])))
print(eg.args, eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(sys.getsizeof(eg), sys.getsizeof(BaseExceptionGroup('b', [KeyboardInterrupt()])))
print(ExceptionGroup.__basicsize__, BaseExceptionGroup.__basicsize__, ExceptionGroup.__weakrefoffset__)
print(eg.__weakref__, ExceptionGroup.__module__, BaseExceptionGroup.__doc__)
print(sorted(k for k in BaseExceptionGroup.__dict__ if not k.startswith('__')))
try:
    raise ExceptionGroup('caught', [ValueError(1)])
except Exception as e:
    print('except Exception caught', repr(e))
try:
    raise BaseExceptionGroup('base', [KeyboardInterrupt()])
except Exception:
    print('wrong')
except BaseException as e:
    print('except BaseException caught', repr(e))
