# threading.excepthook: CPython's "Exception in thread" report, custom hooks, SystemExit ignored
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def text(self):
        return ''.join(self.parts)


def boom():
    raise ValueError('bad value')


cap = Capture()
old = sys.stderr
sys.stderr = cap
t = threading.Thread(target=boom, name='T1')
t.start()
t.join()
sys.stderr = old
lines = cap.text().splitlines()
print(lines[0])
print(lines[1])
print(lines[-2].strip())
print(lines[-1])

# SystemExit in a thread ends it quietly
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
sys.stderr = old
print('after SystemExit:', repr(cap.text()))

# a custom hook receives the exception and the thread
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


threading.excepthook = hook
t = threading.Thread(target=boom, name='T2')
t.start()
t.join()
print(seen)


class Broken(threading.Thread):
    def run(self):
        raise KeyError('k')


b = Broken(name='T3')
b.start()
b.join()
print(seen[-1], b.is_alive())

# a hook that fails itself
def bad_hook(args):
    raise RuntimeError('hook failed')


threading.excepthook = bad_hook
cap = Capture()
sys.stderr = cap
t = threading.Thread(target=boom, name='T4')
t.start()
t.join()
sys.stderr = old
print(cap.text().splitlines()[0])
threading.excepthook = threading.__excepthook__
print(threading.ExceptHookArgs([1, 2, 3, 4]).thread)
