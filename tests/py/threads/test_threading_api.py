# threading API corners: Timer, Barrier abort/reset/action, Condition wait_for/notify(n),
# Semaphore timeouts, Thread naming/daemon/repr/errors, dummy threads, deprecated aliases,
# ExceptHookArgs, trace/profile hooks, module constants
import _thread
import sys
import threading
import time
import warnings


def strip_addr(r):
    i = r.find(' at 0x')
    return r[:i] + r[r.index(':', i):] if i >= 0 else r


def strip_ident(r, ident):
    return r.replace(str(ident), 'IDENT')


def report(f):
    try:
        return f()
    except Exception as e:
        print(type(e).__name__, e)


def wait_until(pred):
    while not pred():
        time.sleep(0.001)


# ---- Timer
fired = []
t1 = threading.Timer(0.01, fired.append, args=['a'])
print(t1.name, t1.interval, t1.args, t1.kwargs, t1.daemon, t1.finished.is_set())
t1.cancel()  # cancelled before it starts: never fires
t1.start()
t1.join()
t2 = threading.Timer(0.005, lambda **kw: fired.append(sorted(kw.items())), kwargs={'k': 1})
print(t2.name, t2.args, t2.kwargs)
t2.start()
t2.join()
t3 = threading.Timer(30, fired.append, ['late'])
t3.start()
t3.cancel()
t3.join()
print(fired, t1.finished.is_set(), t2.finished.is_set(), t3.is_alive())


class MyTimer(threading.Timer):
    pass


mt = MyTimer(0, print, ['my timer fired'])
mt.start()
mt.join()
print(repr(mt).startswith('<MyTimer(Thread-'))

# ---- Barrier: abort and reset with waiting threads, a failing action, index values
lock = threading.Lock()
outcome = []


def party(bar, tag):
    try:
        outcome.append((tag, 'index', bar.wait()))
    except threading.BrokenBarrierError as e:
        with lock:
            outcome.append((tag, type(e).__name__))


bar = threading.Barrier(3)
ts = [threading.Thread(target=party, args=(bar, i)) for i in range(2)]
for t in ts:
    t.start()
wait_until(lambda: bar.n_waiting == 2)
print(strip_addr(repr(bar)))
bar.abort()
for t in ts:
    t.join()
print(sorted(outcome), bar.broken, bar.n_waiting, strip_addr(repr(bar)))
bar.reset()
print('reset:', bar.broken, strip_addr(repr(bar)))

outcome.clear()
ts = [threading.Thread(target=party, args=(bar, i)) for i in range(2)]
for t in ts:
    t.start()
wait_until(lambda: bar.n_waiting == 2)
bar.reset()  # waiting threads get BrokenBarrierError, the barrier is usable again
for t in ts:
    t.join()
print(sorted(outcome), bar.broken, bar.n_waiting)

outcome.clear()
ts = [threading.Thread(target=party, args=(bar, i)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(o[2] for o in outcome), bar.broken)


def bad_action():
    raise ZeroDivisionError('action failed')


outcome.clear()
bar4 = threading.Barrier(2, action=bad_action)
w = threading.Thread(target=party, args=(bar4, 'w'))
w.start()
wait_until(lambda: bar4.n_waiting == 1)
report(bar4.wait)
w.join()
print(outcome, bar4.broken)
print('timeout arg:', report(lambda: threading.Barrier(2).wait(0.01)))
print(threading.Barrier(1).wait(), threading.Barrier(1, timeout=5).wait())
e = threading.BrokenBarrierError('x')
print(type(e).__mro__[1].__name__, repr(e), threading.BrokenBarrierError.__module__)

# ---- Condition: wait_for results and timeouts, notify(n), custom locks
cond = threading.Condition()
state = {'v': 0, 'checks': 0}
got = []


def pred():
    state['checks'] += 1
    return state['v'] >= 2 and state['v']


def waiter(tag):
    with cond:
        got.append((tag, cond.wait_for(pred, timeout=10)))


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
wait_until(lambda: state['checks'] == 3)
with cond:
    state['v'] = 1
    cond.notify_all()  # predicate still false: they go on waiting
wait_until(lambda: state['checks'] == 6)
with cond:
    state['v'] = 2
    cond.notify(2)  # wakes exactly two of them
wait_until(lambda: len(got) == 2)
time.sleep(0.01)
print('woken by notify(2):', len(got))
with cond:
    cond.notify()
for w in ws:
    w.join()
print(sorted(got))
with cond:
    print(cond.wait_for(lambda: 0, timeout=0), cond.wait_for(lambda: '', 0.01),
          cond.wait_for(lambda: 'yes', 0), cond.wait(0), cond.wait(-1))
    cond.notify(5)
    cond.notify_all()
rl = threading.RLock()
c2 = threading.Condition(rl)
with rl:
    with rl:
        print('nested wait:', c2.wait(0.001), rl._is_owned())
print(rl._is_owned())
c3 = threading.Condition(threading.Lock())
c3.acquire()
print(c3._is_owned(), c3.wait(0.001), c3._is_owned())
c3.release()
print(c3._is_owned(), repr(c3)[-4:])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    with c3:
        c3.notifyAll()
print([(w.category.__name__, str(w.message)) for w in caught])

# ---- Semaphore and BoundedSemaphore
s = threading.Semaphore(0)
start = time.monotonic()
print(s.acquire(timeout=0.02), s.acquire(True, 0), s.acquire(blocking=False),
      time.monotonic() - start >= 0.02)
print(report(lambda: s.acquire(False, 0.5)), report(lambda: s.release(-1)))
s.release(3)
print(strip_addr(repr(s)), s.acquire(timeout=1), s.acquire(False), s.acquire(True, 0.01))
taken = []
s0 = threading.Semaphore(0)
ws = [threading.Thread(target=lambda: taken.append(s0.acquire(timeout=10))) for _ in range(3)]
for w in ws:
    w.start()
s0.release(3)
for w in ws:
    w.join()
print(taken, strip_addr(repr(s0)))
bs = threading.BoundedSemaphore(3)
bs.acquire()
bs.acquire()
print(report(lambda: bs.release(3)), strip_addr(repr(bs)))
bs.release(2)
print(strip_addr(repr(bs)), report(lambda: threading.BoundedSemaphore(-2)))
print(report(lambda: bs.release(0)))
with bs:
    print('inside', strip_addr(repr(bs)))
print(strip_addr(repr(bs)))
print(issubclass(threading.BoundedSemaphore, threading.Semaphore))

# ---- Event
ev = threading.Event()
print(ev.wait(0.01), ev.wait(-1), ev.is_set())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(ev.isSet())
print([(w.category.__name__, str(w.message)) for w in caught])
waiters = [threading.Thread(target=ev.wait) for _ in range(3)]
for w in waiters:
    w.start()
ev.set()
for w in waiters:
    w.join()
print('all woke', ev.is_set(), strip_addr(repr(ev)))
ev.clear()
print(strip_addr(repr(ev)))

# ---- Thread naming, daemon, repr, errors
def work():
    pass


import functools
th = threading.Thread(target=functools.partial(work))
print(th.name == 'Thread-%d' % int(th.name.split('-')[1]), '(' in th.name)
th2 = threading.Thread(target=work, name=17)
print(repr(th2.name), repr(th2))
th2.name = 3.5
print(repr(th2.name))
th3 = threading.Thread(target=work, name='')
print(th3.name.startswith('Thread-'), th3.name.endswith(' (work)'))
th4 = threading.Thread(name='d', daemon=True)
print(repr(th4))
th4.daemon = False
print(repr(th4), th4.daemon)
th4.start()
th4.join()
print(strip_ident(repr(th4), th4.ident))
print(report(lambda: threading.Thread(group=1)))
print(report(lambda: threading.Thread(target=work, args=[1]).run()))
res = []
th5 = threading.Thread(target=lambda *a, **k: res.append((a, k)), args=[1, 2], kwargs={'z': 3})
th5.run()
print(res)


class NoInit(threading.Thread):
    def __init__(self):
        pass


ni = NoInit()
print(report(ni.start), report(ni.join), report(lambda: setattr(ni, 'daemon', True)))
print(report(lambda: repr(ni)), report(lambda: ni.name), report(ni.is_alive))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    th6 = threading.Thread(name='old')
    th6.setName('renamed')
    th6.setDaemon(True)
    print(th6.getName(), th6.isDaemon(), threading.currentThread() is threading.main_thread(),
          threading.activeCount() == threading.active_count())
print([(w.category.__name__, str(w.message)) for w in caught])

main = threading.main_thread()
print(strip_ident(repr(main), main.ident), type(main).__name__, main.daemon, main.is_alive())
print(main.ident == threading.get_ident() == _thread.get_ident())

# ---- a thread started by _thread: current_thread() is a dummy thread
box = []
done = _thread.allocate_lock()
done.acquire()


def raw():
    ct = threading.current_thread()
    box.append((type(ct).__name__, ct.name.startswith('Dummy-'), ct.daemon, ct.is_alive(),
                ct.ident == threading.get_ident(), ct in threading.enumerate(),
                threading.current_thread() is ct,
                strip_ident(repr(ct), ct.ident).replace(ct.name, 'NAME')))
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print(box)

# ---- hooks and constants
calls = []


def tracer(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'traced_fn':
        calls.append('trace ' + event)
    return None


def profiler(frame, event, arg):
    if event == 'call' and frame.f_code.co_name == 'traced_fn':
        calls.append('profile ' + event)


def traced_fn():
    calls.append((sys.gettrace() is tracer, sys.getprofile() is profiler))
    sys.settrace(None)
    sys.setprofile(None)


print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(profiler)
print(threading.gettrace() is tracer, threading.getprofile() is profiler, sys.gettrace())
th7 = threading.Thread(target=traced_fn)
th7.start()
th7.join()
threading.settrace(None)
threading.setprofile(None)
print(calls[-1], sys.gettrace(), sys.getprofile())
print(type(threading.TIMEOUT_MAX).__name__, threading.TIMEOUT_MAX > 1e6,
      threading.ThreadError is RuntimeError, threading.Lock is _thread.allocate_lock)
print(type(threading.Lock()).__name__, type(threading.RLock()).__name__)
print(threading.local is _thread._local, threading.stack_size())
print(sorted(threading.__all__))
args = threading.ExceptHookArgs([ValueError, ValueError('v'), None, None])
print(args, type(args).__name__, args.exc_type, args.exc_value, args.thread)
print(report(lambda: threading.ExceptHookArgs([1, 2, 3])))
print(threading.__excepthook__ is threading.excepthook, threading.excepthook(
    threading.ExceptHookArgs([SystemExit, SystemExit(1), None, None])))
