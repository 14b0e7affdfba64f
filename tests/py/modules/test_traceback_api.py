# traceback: walk_tb/walk_stack, StackSummary.extract/from_list/format/format_frame_summary, FrameSummary details, TracebackException attributes and chains, print_tb/print_list/print_last, clear_frames, recursion collapsing, argument errors
import io
import os
import sys
import traceback
from traceback import FrameSummary, StackSummary, TracebackException

def err(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)

def base(text):
    """Replace the script's path by its base name (the checkout path varies)."""
    return text.replace(__file__, os.path.basename(__file__))

def fail(n):
    local_value = n * 2
    if n:
        return fail(n - 1)
    raise KeyError('gone')

try:
    fail(2)
except KeyError as e:
    exc = e
tb = exc.__traceback__
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
ss = StackSummary.extract(traceback.walk_tb(tb))
print(type(ss).__name__, len(ss), [(f.name, f.lineno, f.line) for f in ss])
print(base(''.join(ss.format())), end='')
print(base(''.join(traceback.format_tb(tb))), end='')
print(base(''.join(traceback.format_list(traceback.extract_tb(tb)))), end='')
print([f.name for f in StackSummary.extract(traceback.walk_tb(tb), limit=2)])
print([f.name for f in traceback.extract_tb(tb, limit=-2)], [f.lineno for f in traceback.extract_tb(tb, 0)])
locs = StackSummary.extract(traceback.walk_tb(tb), capture_locals=True)
print([sorted(f.locals.items()) for f in locs[1:]])
print(base(''.join(locs[1:2].format() if isinstance(locs[1:2], StackSummary) else StackSummary.from_list(locs[1:2]).format())), end='')
nolines = StackSummary.extract(traceback.walk_tb(tb), lookup_lines=False)
print([f._line for f in nolines][1:], [f.line for f in nolines][1:])
s = io.StringIO(); traceback.print_tb(tb, limit=1, file=s); print(base(s.getvalue()), end='')
s = io.StringIO(); traceback.print_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None)], file=s)
print(s.getvalue(), end='')

# FrameSummary
fs = FrameSummary('mod.py', 10, 'func', line='  value = 1  ', locals={'a': [1], 'b': 'x'})
print(fs, fs.line, repr(fs._line), fs.locals, fs.end_lineno, fs.colno, fs.end_colno)
print(fs[0], fs[-1], list(fs), len(fs), fs[1:3])
print(fs == FrameSummary('mod.py', 10, 'func', line='other'), fs == ('mod.py', 10, 'func', 'value = 1'),
      fs == ['mod.py'], fs != FrameSummary('mod.py', 11, 'func'))
fs2 = FrameSummary('nofile.py', 3, 'g', lookup_line=False)
print(repr(fs2._line), repr(fs2.line), FrameSummary('x.py', None, 'h').line)
fs3 = FrameSummary('f.py', 1, 'n', end_lineno=2, colno=3, end_colno=4)
print(fs3.end_lineno, fs3.colno, fs3.end_colno, fs3.locals)
print(''.join(StackSummary.from_list([fs, fs2]).format()), end='')

# collapsing repeated entries, and a format_frame_summary override
rep = StackSummary.from_list([('r.py', 5, 'rec', 'rec()')] * 7 + [('r.py', 9, 'top', 'go()')] +
                             [('r.py', 5, 'rec', 'rec()')] * 4)
print(''.join(rep.format()), end='')
print(''.join(StackSummary.from_list([('r.py', 5, 'rec', '')] * 5).format()), end='')
class Short(StackSummary):
    def format_frame_summary(self, frame_summary):
        if frame_summary.name == 'skip':
            return None
        return f'{frame_summary.name}@{frame_summary.lineno}\n'
print(''.join(Short(StackSummary.from_list([('a', 1, 'keep', ''), ('a', 2, 'skip', ''), ('a', 3, 'last', '')])).format()), end='')
print(''.join(Short.from_list([('a', 1, 'keep', '')]).format()), end='')
print(type(Short.from_list([])).__name__)
def deep(n):
    if n == 0:
        raise RecursionError('bottom')
    deep(n - 1)
try:
    deep(6)
except RecursionError as e:
    print(base(''.join(traceback.format_exception(e))), end='')

# stacks
def where():
    frames = [(f.f_code.co_name) for f, n in traceback.walk_stack(None)][:2]
    here = sys._getframe()
    st = traceback.extract_stack(here, limit=2)
    lines = traceback.format_stack(here, limit=1)
    s = io.StringIO(); traceback.print_stack(here, limit=1, file=s)
    return frames, [(f.name, f.lineno) for f in st], base(''.join(lines)), base(s.getvalue())
def outer_where():
    return where()
for item in outer_where():
    print(item if not isinstance(item, str) else item.rstrip('\n'))
print([f.name for f in StackSummary.extract(traceback.walk_stack(sys._getframe()))])

# TracebackException
try:
    try:
        fail(0)
    except KeyError as inner:
        raise ValueError('outer') from inner
except ValueError as e:
    chained = e
te = TracebackException.from_exception(chained)
print(te.exc_type, str(te), [f.name for f in te.stack], te.__suppress_context__, te.__notes__)
print(te.__cause__.exc_type, str(te.__cause__), [f.name for f in te.__cause__.stack])
print(te.__context__, te.__cause__.__cause__, te.__cause__.__context__)
print(te == TracebackException.from_exception(chained), te == 5, te.__cause__ == te)
print(list(te.format_exception_only()), base(''.join(te.format(chain=False))), end='')
print(base(''.join(te.format())), end='')
te_lim = TracebackException(type(chained), chained, chained.__traceback__, limit=0)
print(len(te_lim.stack), list(te_lim.format(chain=False)))
try:
    try:
        raise OSError(2, 'nope')
    except OSError:
        raise TypeError('hidden') from None
except TypeError as e:
    te2 = TracebackException.from_exception(e)
print(te2.__suppress_context__, te2.__cause__, te2.__context__.exc_type, str(te2.__context__))
print(base(''.join(te2.format())), end='')
a = ValueError('a'); b = ValueError('b')
a.__context__ = b; b.__context__ = a
tec = TracebackException.from_exception(a)
print(str(tec.__context__), tec.__context__.__context__)
print(''.join(tec.format()), end='')
noted = RuntimeError('n'); noted.add_note('first'); noted.add_note('second')
ten = TracebackException.from_exception(noted)
print(ten.__notes__, list(ten.format_exception_only()))
try:
    compile('x = (1,\n   2 +)', 'src.py', 'exec')
except SyntaxError as e:
    syn = e
tes = TracebackException.from_exception(syn)
print(tes.filename, repr(tes.lineno), repr(tes.text), tes.offset, tes.msg, tes.exc_type.__name__)
print(''.join(tes.format_exception_only()), end='')
print(''.join(traceback.format_exception_only(SyntaxError, SyntaxError('plain'))), end='')
print(''.join(traceback.format_exception_only(SyntaxError('m', ('f.py', 3, 5, 'bad line here\n')))), end='')
print(''.join(traceback.format_exception_only(SyntaxError('m', ('f.py', 3, None, '  indented\n')))), end='')
print(''.join(traceback.format_exception_only(IndentationError('m', ('<stdin>', 1, 2, 'x\n')))), end='')
class Unprintable(Exception):
    def __str__(self):
        raise ValueError('no')
print(traceback.format_exception_only(Unprintable()), str(TracebackException.from_exception(Unprintable())))
err(lambda: traceback.format_exception_only(KeyError, 'not an exception'))
class Mod:
    class Err(Exception):
        pass
print(traceback.format_exception_only(Mod.Err('x')), traceback.format_exception_only(Mod.Err()))
ten0 = TracebackException(None, None, None)
print(ten0.exc_type, str(ten0), list(ten0.format()), list(ten0.format_exception_only()))
s = io.StringIO(); TracebackException.from_exception(noted).print(file=s, chain=False); print(s.getvalue(), end='')

# legacy (type, value, tb) arguments and argument errors
print(base(''.join(traceback.format_exception(KeyError, exc, tb, limit=1))), end='')
print(''.join(traceback.format_exception(KeyError, exc, None)), end='')
err(lambda: traceback.format_exception(KeyError, exc))
err(lambda: traceback.format_exception(KeyError, tb=tb))
err(lambda: traceback.print_exception('x'))
s = io.StringIO(); traceback.print_exception(exc, limit=1, file=s, chain=False); print(base(s.getvalue()), end='')
for name in ('last_type', 'last_value', 'last_traceback'):
    if hasattr(sys, name):
        delattr(sys, name)
err(lambda: traceback.print_last())
sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, None
s = io.StringIO(); traceback.print_last(file=s); print(s.getvalue(), end='')
del sys.last_type, sys.last_value, sys.last_traceback
print(traceback.format_exc(), end='')
s = io.StringIO(); traceback.print_exc(file=s); print(repr(s.getvalue()))

# clear_frames
def holder():
    big = [1, 2, 3]
    raise ValueError('clear me')
try:
    holder()
except ValueError as e:
    ctb = e.__traceback__
print(sorted(ctb.tb_next.tb_frame.f_locals))
traceback.clear_frames(ctb)
print(sorted(ctb.tb_next.tb_frame.f_locals))
traceback.clear_frames(None)
print(sorted(traceback.__all__))

# how format_exception splits its text, positions of traceback entries, group members
try:
    compile('a b', 'syn.py', 'exec')
except SyntaxError as e:
    print(traceback.format_exception(e)[-4:])
try:
    fail(0)
except KeyError as e:
    print([(f.lineno, f.end_lineno, f.colno, f.end_colno) for f in traceback.extract_tb(e.__traceback__)])
    print([(f.lineno, f.colno) for f in StackSummary.extract(traceback.walk_tb(e.__traceback__))])
    print(len(traceback.format_exception(e)), len(traceback.format_exception(e, limit=1)))
try:
    raise ExceptionGroup('grp', [ValueError('v'), KeyError('k')])
except ExceptionGroup as e:
    teg = TracebackException.from_exception(e)
print([(t.exc_type.__name__, str(t)) for t in teg.exceptions], te.exceptions, teg.max_group_width, teg.max_group_depth)
print(len(TracebackException.from_exception(syn).exceptions or []), tes.end_lineno, tes.end_offset)

# captured locals are shown by format(); a report without an exception object
def with_locals(n):
    count = n * 3
    if n:
        return with_locals(n - 1)
    return {}['missing' + str(count)]
def run_locals():
    try:
        try:
            with_locals(1)
        except KeyError:
            raise ValueError('wrapped')
    except ValueError as caught:
        report = TracebackException.from_exception(caught, capture_locals=True)
        print(base(''.join(report.format())), end='')
        print(len(list(report.format())), len(list(report.format(chain=False))))
        print([sorted(f.locals) for f in report.stack], [sorted(f.locals) for f in report.__context__.stack])
run_locals()
bare = TracebackException(ValueError, None, None)
print(list(bare.format()), list(bare.format_exception_only()), bare.__cause__, bare.__context__, bare.exceptions)
print(sorted(k for k in TracebackException(None, None, None).__dict__ if not k.startswith('_') or k.startswith('__')))

# pieces of an exception group's report: entries behind the group margin stay together
def raise_v():
    raise ValueError('v')
try:
    try:
        raise_v()
    except ValueError as v:
        v.add_note('member note')
        raise ExceptionGroup('grp', [v, KeyError('k'), ExceptionGroup('sub', [OSError(3)])])
except ExceptionGroup as e:
    for piece in traceback.format_exception(e):
        print(repr(base(piece)))
