# threading.Thread: names, start/join (with timeout), is_alive, ident, daemon, run override, Timer
import threading
import time


def target(x, y=0):
    out.append(x + y)


out = []
t = threading.Thread(target=target, args=(1,), kwargs={'y': 2})
print(t.name.startswith('Thread-'), t.name.endswith(' (target)'), t.ident, t.native_id)
print(repr(t).startswith('<Thread(Thread-'), repr(t).endswith(' (target), initial)>'))
print(t.is_alive(), t.daemon)
t.start()
t.join()
print(out, t.is_alive(), type(t.ident), type(t.native_id), t.ident != threading.get_ident())
print(repr(t).endswith(', stopped %d)>' % t.ident))

named = threading.Thread(target=target, args=(5,), name='worker-A', daemon=True)
print(named.name, named.daemon, repr(named))
named.start()
named.join()
print(out)


class MyThread(threading.Thread):
    def __init__(self, n):
        super().__init__(name='my-%d' % n)
        self.n = n
        self.result = None

    def run(self):
        self.result = sum(range(self.n))


m = MyThread(10)
m.start()
m.join()
print(m.name, m.result)

# join with a timeout on a thread that is still waiting
stop = threading.Event()
w = threading.Thread(target=stop.wait, name='waiter')
w.start()
w.join(0.02)
print('alive after timed join:', w.is_alive())
stop.set()
w.join()
print('alive after join:', w.is_alive())
w.join(-1)

# errors
for bad in (lambda: threading.Thread().join(),
            lambda: threading.current_thread().join(),
            lambda: m.start()):
    try:
        bad()
    except RuntimeError as e:
        print('RuntimeError:', e)
running = threading.Event()
finish = threading.Event()


def busy():
    running.set()
    finish.wait()


b = threading.Thread(target=busy)
b.start()
running.wait()
try:
    b.daemon = True
except RuntimeError as e:
    print('RuntimeError:', e)
print(threading.active_count(), len(threading.enumerate()), b in threading.enumerate())
finish.set()
b.join()
print(threading.active_count(), threading.enumerate() == [threading.main_thread()])
print(threading.current_thread() is threading.main_thread(), threading.main_thread().name)
print(threading.main_thread().ident == threading.get_ident())
print(threading.get_native_id() == threading.main_thread().native_id)

# current_thread inside a thread
names = []
t = threading.Thread(target=lambda: names.append(threading.current_thread().name), name='inner')
t.start()
t.join()
print(names)

# Timer: fires after its interval, or never once cancelled
fired = []
tm = threading.Timer(0.01, fired.append, args=['fired'])
tm.start()
tm.join()
tm2 = threading.Timer(10, fired.append, args=['never'])
tm2.start()
tm2.cancel()
tm2.join()
print(fired, tm2.finished.is_set())
start = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - start >= 0.01)
