# traceback module: format/print of exceptions (chains, groups, notes, limits, SyntaxError), tracebacks and stacks with CPython 3.11's text, FrameSummary/StackSummary/TracebackException
import traceback, sys, io
def inner(x):
    return 1 / x
def outer(x):
    y = inner(x) + 1
    return y
try:
    outer(0)
except ZeroDivisionError:
    print(traceback.format_exc(), end='')
    lines = traceback.format_exception(*sys.exc_info())
    print(len(lines), repr(lines[0]), repr(lines[-1]))
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
    s = io.StringIO(); traceback.print_exc(file=s); print(s.getvalue() == traceback.format_exc())
    tb = sys.exc_info()[2]
    print(traceback.extract_tb(tb))
    for fs in traceback.extract_tb(tb):
        print(fs.filename.endswith('test_traceback.py') or fs.filename, fs.lineno, fs.name, fs.line, len(fs), tuple(fs)[1:])
    print(''.join(traceback.format_tb(tb)), end='')
    print(''.join(traceback.format_tb(tb, limit=1)), end='')
    print(''.join(traceback.format_exception(*sys.exc_info(), limit=-1)), end='')
    print(''.join(traceback.format_exception(*sys.exc_info(), limit=0)), end='')
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad') from e
except ValueError as e:
    print(''.join(traceback.format_exception(e)), end='')
    print(''.join(traceback.format_exception(e, chain=False)), end='')
    print([l.split('"')[0][:20] for l in traceback.format_exception(e)])
try:
    undefined_thing
except NameError as e:
    print(''.join(traceback.format_exception(e)), end='')
def show():
    traceback.print_stack(file=sys.stdout)
    print(''.join(traceback.format_stack(limit=2)), end='')
    return [(f.name, f.lineno) for f in traceback.extract_stack()]
def caller():
    x = show()
    return x
print(caller())
print(traceback.format_exception_only(ValueError('x')), traceback.format_exception_only(None))
print(traceback.format_exception(None))
e = ValueError('noted'); e.add_note('a note')
print(traceback.format_exception_only(e))
te = traceback.TracebackException.from_exception(e)
print(list(te.format()), str(te))
try:
    compile('1 +', 'prog.py', 'exec')
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
fs = traceback.FrameSummary('f.py', 3, 'fn', line='x = 1')
print(fs, fs == ('f.py', 3, 'fn', 'x = 1'), traceback.format_list([fs, ('g.py', 4, 'gn', 'y')]))
try:
    traceback.print_exception(ValueError, ValueError('x'))
except ValueError as e:
    print(e)
try:
    traceback.format_exception(5)
except TypeError as e:
    print(e)
def rec(n):
    if n == 0:
        raise RuntimeError('deep')
    rec(n - 1)
try:
    rec(10)
except RuntimeError:
    print(traceback.format_exc(), end='')
try:
    raise ExceptionGroup('many', [ValueError('a'), TypeError('b')])
except ExceptionGroup as eg:
    print(''.join(traceback.format_exception(eg)), end='')
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise OSError('second')
except OSError as e:
    e.add_note('note 1\nnote 2')
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, None, file=sys.stdout)
    traceback.TracebackException.from_exception(e).print(file=sys.stdout)
sys.tracebacklimit = 1
try:
    outer(0)
except ZeroDivisionError:
    print(traceback.format_exc(), end='')
del sys.tracebacklimit
