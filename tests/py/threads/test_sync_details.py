# Condition, Semaphore, Event, Barrier and Timer details: notify(n), wait results, custom
# locks, wait_for's predicate calls, semaphore timeouts, barrier reset/abort/action errors,
# Timer cancel and arguments
import threading
import time


def strip_addr(r):
    i = r.find(' at 0x')
    return r[:i] + r[r.index(':', i):] if i >= 0 else r


def poll(pred):
    while not pred():
        time.sleep(0.001)


# ---- Condition
cond = threading.Condition(threading.Lock())
waiting = [0]
woken = []


def sleeper(i):
    with cond:
        waiting[0] += 1
        woken.append((i, cond.wait()))


ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
while True:
    with cond:
        if waiting[0] == 3:
            print('waiters in repr', repr(cond)[-4:])
            cond.notify(2)
            break
poll(lambda: len(woken) == 2)
time.sleep(0.02)
print('after notify(2):', len(woken), [w for _, w in woken])
with cond:
    cond.notify(5)
for t in ts:
    t.join()
print('after notify(5):', len(woken), sorted(i for i, _ in woken))
with cond:
    print('notify with no waiters', cond.notify(), cond.notify_all(), repr(cond)[-4:])
    print('timed out wait', cond.wait(0), cond.wait(0.01), cond.wait(-1))
with cond as entered:
    print('with returns', entered, cond.acquire(False))
print(cond.acquire(), cond.release())

# wait_for: how often the predicate runs, and what it returns
calls = []


def pred(value):
    def p():
        calls.append(value)
        return value
    return p


with cond:
    print(repr(cond.wait_for(pred([]), 0)), len(calls))
    calls.clear()
    print(repr(cond.wait_for(pred('yes'))), len(calls))
    calls.clear()
    print(repr(cond.wait_for(pred(0), 0.01)), len(calls) >= 2)
    calls.clear()
    print(repr(cond.wait_for(pred(None), -5)), len(calls))

# wait_for woken by another thread's change
box = []
c2 = threading.Condition()


def filler():
    for v in range(4):
        with c2:
            box.append(v)
            c2.notify()


with c2:
    f = threading.Thread(target=filler)
    f.start()
    print('wait_for len>=4:', c2.wait_for(lambda: len(box) >= 4, timeout=10))
f.join()

# an RLock held twice is released completely by wait and restored after it
r = threading.RLock()
c3 = threading.Condition(r)
entered = threading.Event()
seen = []


def taker():
    with c3:
        seen.append('other thread inside')
        entered.set()
        c3.notify()


with c3:
    with c3:
        t = threading.Thread(target=taker)
        t.start()
        c3.wait_for(entered.is_set)
        seen.append(r._recursion_count())
t.join()
print(seen, r._recursion_count())


# a lock without the private methods: ownership is tested by trying it
class PlainLock:
    def __init__(self):
        self.inner = threading.Lock()
        self.acquired = 0

    def acquire(self, blocking=True, timeout=-1):
        got = self.inner.acquire(blocking, timeout)
        self.acquired += got
        return got

    def release(self):
        self.inner.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


pl = PlainLock()
c4 = threading.Condition(pl)
print(c4.acquire == pl.acquire, c4.release == pl.release)
try:
    c4.notify()
except RuntimeError as e:
    print('RuntimeError:', e, pl.acquired)
with c4:
    print('plain wait', c4.wait(0.01), pl.acquired)
    c4.notify_all()
print(pl.inner.locked())

# ---- Semaphore
s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(timeout=0), s.acquire(timeout=-1), s.acquire(True, 0.01))
go = threading.Event()


def later_release():
    go.wait()
    s.release()


t = threading.Thread(target=later_release)
t.start()
go.set()
print('acquire with timeout after release:', s.acquire(timeout=10))
t.join()
got = []


def grab(i):
    with s as ok:
        got.append(ok)


ts = [threading.Thread(target=grab, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
s.release(3)
for t in ts:
    t.join()
print(got, strip_addr(repr(s)))
bs = threading.BoundedSemaphore(3)
bs.acquire()
bs.acquire()
try:
    bs.release(3)
except ValueError as e:
    print('ValueError:', e, strip_addr(repr(bs)))
bs.release(2)
print(strip_addr(repr(bs)))
for bad in (lambda: bs.release(-1), lambda: threading.BoundedSemaphore(-2),
            lambda: bs.acquire(blocking=False, timeout=0)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
print(issubclass(threading.BoundedSemaphore, threading.Semaphore))

# ---- Event
ev = threading.Event()
print(ev.wait(0), ev.wait(-1), ev.wait(0.01))
setter = threading.Thread(target=lambda: (time.sleep(0.01), ev.set()))
setter.start()
print('woken by set:', ev.wait(10), strip_addr(repr(ev)))
setter.join()
ev.set()
print(ev.wait(), ev.is_set())
ev.clear()
print(strip_addr(repr(ev)))

# ---- Barrier
b = threading.Barrier(2)
out = []


def party():
    try:
        out.append(('index', b.wait()))
    except threading.BrokenBarrierError as e:
        out.append(('broken', repr(e)))


t = threading.Thread(target=party)
t.start()
poll(lambda: b.n_waiting == 1)
print('waiting', b.n_waiting, strip_addr(repr(b)))
b.reset()
t.join()
print('after reset', out, b.broken, b.n_waiting, strip_addr(repr(b)))
out.clear()
ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('reused', sorted(out))
out.clear()
t = threading.Thread(target=party)
t.start()
poll(lambda: b.n_waiting == 1)
b.abort()
t.join()
print('after abort', out, b.broken, b.n_waiting, strip_addr(repr(b)))
b.reset()
print('reset again', b.broken, strip_addr(repr(b)))

# an action that raises breaks the barrier: its thread gets the error, the others broken
outcomes = []


def failing_action():
    raise ValueError('action failed')


b2 = threading.Barrier(3, action=failing_action)


def party2():
    try:
        b2.wait()
        outcomes.append('passed')
    except threading.BrokenBarrierError:
        outcomes.append('BrokenBarrierError')
    except ValueError as e:
        outcomes.append('ValueError: %s' % e)


ts = [threading.Thread(target=party2) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcomes), b2.broken)

# several rounds, the action run once per round
rounds = []
b3 = threading.Barrier(3, action=lambda: rounds.append('trip'))
ids = []


def rounder():
    for _ in range(4):
        ids.append(b3.wait())


ts = [threading.Thread(target=rounder) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(rounds, sorted(ids), b3.n_waiting, b3.broken)

# the timeout given to wait() overrides the barrier's own
b4 = threading.Barrier(2, timeout=100)
start = time.monotonic()
try:
    b4.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print('per-wait timeout', b4.broken, time.monotonic() - start < 50)
print(b4.parties, threading.Barrier(5).parties)

# ---- Timer
calls = []
tm = threading.Timer(0.01, lambda *a, **k: calls.append((a, k)), args=(1, 2), kwargs={'x': 3})
print(tm.interval, tm.args, tm.kwargs, tm.finished.is_set(), tm.daemon)
tm.start()
tm.join()
print(calls, tm.finished.is_set())
tm2 = threading.Timer(0, calls.append, ['never'])
print(tm2.args, tm2.kwargs)
tm2.cancel()
tm2.start()
tm2.join()
print(calls, tm2.finished.is_set(), tm2.is_alive())
tm3 = threading.Timer(0.5, calls.append)
print(tm3.args, tm3.kwargs, isinstance(tm3, threading.Thread))
tm3.start()
tm3.cancel()
tm3.join()
print(len(calls))
