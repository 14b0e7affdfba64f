# threading.Lock and RLock: acquire/release, timeouts, reprs, reentrancy and the errors
import threading
import _thread


def strip_addr(r):
    i = r.find(' at 0x')
    return r[:i] + '>' if i >= 0 else r


lock = threading.Lock()
print(type(lock), threading.Lock is _thread.allocate_lock)
print(strip_addr(repr(lock)), lock.locked())
print(lock.acquire(), lock.locked(), strip_addr(repr(lock)))
print(lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(True, 0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError:', e)
for args, kw in [((False, 1), {}), ((True, -2), {}), ((), {'timeout': -5}),
                 ((), {'timeout': 1e10}), ((), {'blocking': False, 'timeout': 0.5})]:
    try:
        lock.acquire(*args, **kw)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print(lock.acquire(False, -1), lock.locked())
lock.release()
with lock:
    print('inside with', lock.locked())
print('after with', lock.locked())
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()

# a Lock may be released by another thread
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print('released by other thread:', not lock.locked())

r = threading.RLock()
print(type(r).__name__, strip_addr(repr(r)))
print(r.acquire(), r.acquire(), r.acquire(blocking=False), r._recursion_count(), r._is_owned())
print(strip_addr(repr(r)).replace(str(threading.get_ident()), 'ME'))
r.release()
r.release()
print(r._recursion_count())
r.release()
print(r._recursion_count(), r._is_owned(), strip_addr(repr(r)))
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError:', e)

# another thread can neither take nor release an owned RLock
r.acquire()
out = []


def other():
    out.append(r.acquire(timeout=0.01))
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
    out.append(r._is_owned())


t = threading.Thread(target=other)
t.start()
t.join()
print(out)
r.release()
with r:
    with r:
        print('nested with', r._recursion_count())
print(r._recursion_count())
state = None
r.acquire()
r.acquire()
state = r._release_save()
print(state[0], state[1] == threading.get_ident(), r._recursion_count())
r._acquire_restore(state)
print(r._recursion_count())
r.release()
r.release()
print(threading.TIMEOUT_MAX, _thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
print(threading.ThreadError is RuntimeError, _thread.error is RuntimeError)
