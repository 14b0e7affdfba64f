# Shared counter updated by several threads under a tiny switch interval: the Lock version never loses an update
import sys
import threading

sys.setswitchinterval(1e-6)
print(sys.getswitchinterval())
counter = 0
lock = threading.Lock()


def bump():
    return 1


def safe_worker(n):
    global counter
    for _ in range(n):
        with lock:
            counter += bump()


ts = [threading.Thread(target=safe_worker, args=(5000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('with a lock:', counter)

# per-thread accumulation then a locked merge
totals = []


def tally(k):
    s = 0
    for i in range(1000):
        s += i * k
    with lock:
        totals.append(s)


ts = [threading.Thread(target=tally, args=(k,)) for k in range(1, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(totals), sum(totals))
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
