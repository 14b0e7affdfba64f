# threading.Event and Condition: set/clear/wait with timeouts, notify/notify_all, wait_for
import threading


def strip_addr(r):
    i = r.find(' at 0x')
    return r[:i] + r[r.index(':', i):] if i >= 0 else r


e = threading.Event()
print(strip_addr(repr(e)), e.is_set(), e.wait(0.01), e.wait(0))
e.set()
print(strip_addr(repr(e)), e.is_set(), e.wait(), e.wait(0.01))
e.clear()
print(e.is_set())

# one thread waits, another sets
log = []
ready = threading.Event()
go = threading.Event()


def waiter():
    ready.set()
    log.append(('waiter got', go.wait(5)))


t = threading.Thread(target=waiter)
t.start()
ready.wait()
log.append('setting')
go.set()
t.join()
print(log)

# producer/consumer with a Condition
cond = threading.Condition()
items = []
got = []


def consumer(n):
    for _ in range(n):
        with cond:
            while not items:
                cond.wait()
            got.append(items.pop(0))


c = threading.Thread(target=consumer, args=(5,))
c.start()
for i in range(5):
    with cond:
        items.append(i * 10)
        cond.notify()
c.join()
print('consumed', got)

# wait_for with a predicate, and with a timeout that expires
with cond:
    print('wait_for false:', cond.wait_for(lambda: False, timeout=0.02))
    print('wait_for true:', cond.wait_for(lambda: True))
    print('wait timeout:', cond.wait(0.01))

# notify_all wakes every waiter
n_waiting = [0]
woken = []
flag = [False]


def sleeper(i):
    with cond:
        n_waiting[0] += 1
        cond.wait_for(lambda: flag[0])
        woken.append(i)


ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
while True:
    with cond:
        if n_waiting[0] == 3:
            flag[0] = True
            cond.notify_all()
            break
for t in ts:
    t.join()
print('woken', sorted(woken))

# errors
c2 = threading.Condition(threading.Lock())
for meth in (c2.wait, c2.notify, c2.notify_all):
    try:
        meth()
    except RuntimeError as err:
        print('RuntimeError:', err)
print(repr(c2).startswith('<Condition(<unlocked _thread.lock object at 0x'), repr(c2)[-4:])
with c2:
    print(repr(c2).startswith('<Condition(<locked _thread.lock'))
c3 = threading.Condition()
print(repr(c3).startswith('<Condition(<unlocked _thread.RLock object owner=0 count=0 at'))
