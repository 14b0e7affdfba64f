# threading.excepthook called directly: argument checks, ExceptHookArgs as a 4-item sequence,
# threads without a name, SystemExit, sys.stderr None, a hook set to None, a failing hook with a
# custom sys.excepthook
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')

    def text(self):
        return ''.join(self.parts)


A = threading.ExceptHookArgs
args = A([ValueError, ValueError('v'), None, None])
print(type(args).__name__, type(args).__module__, isinstance(args, tuple), len(args))
print(args.exc_type.__name__, repr(args.exc_value), args.exc_traceback, args.thread)
print(repr(A((1, 2, 3, 4))), tuple(A(range(4))), A('abcd')[2])
for bad in ([1, 2, 3], (1, 2, 3, 4, 5)):
    try:
        A(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    threading.excepthook((ValueError, ValueError('x'), None, None))
except TypeError as e:
    print('TypeError:', e)

try:
    raise KeyError('key')
except KeyError as e:
    err = e
cap = Capture()
old = sys.stderr
sys.stderr = cap
threading.excepthook(A([KeyError, err, err.__traceback__, None]))
anon = object()
threading.excepthook(A([KeyError, err, err.__traceback__, anon]))
named = threading.Thread(name='NAMED')
threading.excepthook(A([KeyError, err, None, named]))
threading.excepthook(A([SystemExit, SystemExit(2), None, named]))
sys.stderr = old
text = cap.text().replace(str(threading.get_ident()), 'IDENT')
print(text.count('<flush>'), text.endswith('<flush><flush>'))
for line in text.replace('<flush>', '').splitlines():
    if not line.startswith('  '):
        print(line)

# sys.stderr None: the thread's own stderr (taken when the Thread was made) is used
cap = Capture()
sys.stderr = cap
t = threading.Thread(name='OWN')
sys.stderr = None
threading.excepthook(A([KeyError, err, None, t]))
threading.excepthook(A([KeyError, err, None, None]))
sys.stderr = old
print(cap.text().splitlines()[0])


# threading.excepthook = None: the hook that was current when the thread was created is used
def boom():
    raise OSError('disk')


cap = Capture()
sys.stderr = cap
t = threading.Thread(target=boom, name='NOHOOK')
threading.excepthook = None
t.start()
t.join()
threading.excepthook = threading.__excepthook__
sys.stderr = old
print(cap.text().splitlines()[0], cap.text().splitlines()[-2:])

# a failing hook with a custom sys.excepthook: the hook's error goes to sys.excepthook
seen = []


def bad_hook(args):
    raise RuntimeError('hook broke on ' + args.thread.name)


def sys_hook(tp, value, tb):
    seen.append((tp.__name__, str(value), value.__suppress_context__, tb is not None))


threading.excepthook = bad_hook
sys.excepthook = sys_hook
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=boom, name='BAD')
t.start()
t.join()
sys.stderr = old
sys.excepthook = sys.__excepthook__
threading.excepthook = threading.__excepthook__
print(cap.text(), seen)
