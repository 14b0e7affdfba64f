# _sitebuiltins against CPython: Quitter's repr and SystemExit, _Printer's short and long
# reprs, its pager (input() patched), files read on demand, and _Helper's repr
import builtins, _sitebuiltins, os

q = _sitebuiltins.Quitter('bye', 'Ctrl-Z plus Return')
print(repr(q), str(q), q.name, q.eof)
for args in ((), (3,), ('text',), (None,)):
    try:
        q(*args)
    except SystemExit as e:
        print('SystemExit', e.args, repr(e.code))

short = _sitebuiltins._Printer('short', 'one\ntwo\nthree')
print(repr(short))
short()

text = '\n'.join('line %d' % i for i in range(50))
long = _sitebuiltins._Printer('long', text)
print(repr(long))

answers = []
def fake_input(prompt=''):
    print('[prompt %r]' % prompt)
    return answers.pop(0)

real_input = builtins.input
builtins.input = fake_input
try:
    answers[:] = ['', 'x', '']
    long()
    print('--- quit early')
    answers[:] = ['q']
    long()
    print('--- exactly two pages')
    answers[:] = ['', '']
    _sitebuiltins._Printer('two', '\n'.join('p%d' % i for i in range(46)))()
finally:
    builtins.input = real_input

# files are tried in the dirs given, the first readable one wins; otherwise the data
here = os.path.dirname(os.path.abspath(__file__))
name = os.path.basename(__file__)
from_file = _sitebuiltins._Printer('src', 'fallback', files=('no_such_file.txt', name), dirs=('/nonexistent_hs', here))
print(repr(from_file).splitlines()[0] if len(open(__file__).read().split('\n')) > 23 else '')
missing = _sitebuiltins._Printer('missing', 'fallback\ntext', files=('no_such_file.txt',), dirs=(here,))
print(repr(missing))
print(_sitebuiltins._Printer.MAXLINES, _sitebuiltins._Printer.__doc__ is not None)

h = _sitebuiltins._Helper()
print(repr(h))
print(callable(h), callable(long), callable(q))
