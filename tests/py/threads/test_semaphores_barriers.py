# threading.Semaphore, BoundedSemaphore and Barrier: counts, timeouts, reprs, errors
import threading
import time


def strip_addr(r):
    i = r.find(' at 0x')
    return r[:i] + r[r.index(':', i):] if i >= 0 else r


s = threading.Semaphore(2)
print(strip_addr(repr(s)))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
print(strip_addr(repr(s)))
s.release()
s.release(2)
print(strip_addr(repr(s)))
with s:
    print('in with', s._value)
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0),
            lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)

b = threading.BoundedSemaphore(2)
print(strip_addr(repr(b)))
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError:', e)
print(strip_addr(repr(b)))

# a semaphore limiting concurrency to 2
sem = threading.BoundedSemaphore(2)
lock = threading.Lock()
inside = [0]
peak = [0]
gate = threading.Event()


def worker():
    with sem:
        with lock:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        gate.wait()
        with lock:
            inside[0] -= 1


ts = [threading.Thread(target=worker) for _ in range(6)]
for t in ts:
    t.start()
while True:  # two workers are inside, four wait at the semaphore
    with lock:
        if inside[0] == 2:
            break
    time.sleep(0.001)
gate.set()
for t in ts:
    t.join()
print('peak inside', peak[0], 'at end', inside[0])

# Barrier
order = []
bar = threading.Barrier(3, action=lambda: order.append('action'))
print(strip_addr(repr(bar)), bar.parties, bar.n_waiting, bar.broken)
idx = []


def party():
    i = bar.wait()
    with lock:
        idx.append(i)


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(order, sorted(idx))

# a barrier that times out breaks
bar2 = threading.Barrier(2, timeout=0.02)
try:
    bar2.wait()
except threading.BrokenBarrierError:
    print('BrokenBarrierError', bar2.broken, strip_addr(repr(bar2)))
try:
    bar2.wait()
except threading.BrokenBarrierError as e:
    print('still broken', repr(e))
bar2.reset()
print('after reset', bar2.broken, bar2.n_waiting)
bar3 = threading.Barrier(2)
bar3.abort()
try:
    bar3.wait()
except threading.BrokenBarrierError:
    print('aborted')
print(issubclass(threading.BrokenBarrierError, RuntimeError))
