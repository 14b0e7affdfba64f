# queue API corners: maxsize, Full/Empty, timeouts, task_done/join, subclass hooks, generics
import queue
import threading
import time


def report(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, repr(e), str(e))


def wait_until(pred):
    while not pred():
        time.sleep(0.001)


for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(2)
    print(cls.__name__, q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
    q.put(5)
    q.put_nowait(1)
    print(q.qsize(), q.full(), q.empty(), type(q.queue).__name__, q.unfinished_tasks)
    report(lambda: q.put(9, block=False))
    report(lambda: q.put_nowait(9))
    report(lambda: q.put(9, timeout=0))
    report(lambda: q.put(9, True, 0.01))
    report(lambda: q.put(9, timeout=-0.5))
    report(lambda: q.put(9, block=False, timeout=-1))
    print(q.get(), q.get_nowait(), q.unfinished_tasks)
    report(lambda: q.get(block=False))
    report(lambda: q.get(timeout=0))
    report(lambda: q.get(timeout=-1))
    report(lambda: q.get(False, -1))
    q.task_done()
    q.task_done()
    report(q.task_done)
    print(q.unfinished_tasks)
    q.join()

# unbounded queues: maxsize <= 0, put never raises, negative put timeout is not checked
for size in (0, -3):
    q = queue.Queue(size)
    for i in range(100):
        q.put(i, timeout=-1)
    print(size, q.full(), q.qsize(), q.maxsize)
q = queue.Queue()
q.put(1)
report(lambda: q.get(timeout=-1))  # checked even when an item is there
print(q.get(timeout=0), q.get(True, 1) if q.put(2) is None else None)

# a blocked put/get wakes when room/an item appears; join waits for task_done
bq = queue.Queue(1)
bq.put('first')
log = []


def producer():
    bq.put('second', timeout=10)
    log.append('put done')


p = threading.Thread(target=producer)
p.start()
time.sleep(0.01)
log.append('get ' + bq.get())
p.join()
print(sorted(log), bq.get(), bq.unfinished_tasks)

jq = queue.Queue()
for i in range(5):
    jq.put(i)
finished = []


def worker():
    while True:
        try:
            item = jq.get_nowait()
        except queue.Empty:
            return
        finished.append(item)
        jq.task_done()


joined = threading.Event()


def joiner():
    jq.join()
    joined.set()


j = threading.Thread(target=joiner)
j.start()
w = threading.Thread(target=worker)
w.start()
w.join()
j.join()
print(sorted(finished), joined.is_set(), jq.unfinished_tasks)

getter_result = []
eq = queue.Queue()
g = threading.Thread(target=lambda: getter_result.append(eq.get(timeout=10)))
g.start()
eq.put('hello')
g.join()
print(getter_result)

# PriorityQueue and LifoQueue order
pq = queue.PriorityQueue()
for x in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
    pq.put(x)
print([pq.get() for _ in range(4)])
lq = queue.LifoQueue()
for x in 'abc':
    lq.put(x)
print([lq.get() for _ in range(3)])


# the _init/_qsize/_put/_get hooks drive a subclass
class SetQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = set()

    def _put(self, item):
        self.queue.add(item)

    def _get(self):
        return self.queue.pop()


sq = SetQueue()
for x in (1, 1, 1):
    sq.put(x)
print(sq.qsize(), sq.unfinished_tasks, sq.get(), sq.empty())

# SimpleQueue
s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put(2, block=False, timeout=-5)
s.put_nowait(3)
print(s.qsize(), s.get(), s.get(False), s.get(True, 0), s.empty())
report(lambda: s.get(block=False))
report(lambda: s.get_nowait())
report(lambda: s.get(timeout=0.01))
report(lambda: s.get(timeout=-1))
report(lambda: s.get(False, -1))
res = []
t = threading.Thread(target=lambda: res.append(s.get(timeout=10)))
t.start()
s.put('x')
t.join()
print(res, type(s).__module__, type(s).__name__, repr(s).startswith('<_queue.SimpleQueue object at 0x'))

# generics, exception classes, module attributes
print(queue.Queue[int], queue.SimpleQueue[str], queue.LifoQueue[int], queue.PriorityQueue[bytes])
print(queue.Empty, queue.Full, queue.Empty.__module__, queue.Full.__module__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(sorted(queue.__all__))
q = queue.Queue()
print(type(q.mutex).__name__, type(q.not_empty).__name__, q.not_empty._lock is q.mutex,
      q.not_full._lock is q.mutex, q.all_tasks_done._lock is q.mutex)
