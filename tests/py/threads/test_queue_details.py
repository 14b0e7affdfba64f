# queue details: maxsize forms, when timeouts are checked, Full/Empty, task_done/join across
# threads, subclass hooks, SimpleQueue's argument handling, generic aliases, module names
import queue
import threading
import time


def attempt(f):
    try:
        return repr(f())
    except (queue.Empty, queue.Full, ValueError, TypeError) as e:
        return '%s(%s)' % (type(e).__name__, e)


print(sorted(queue.__all__))
print(queue.Empty.__module__, queue.Full.__module__, queue.SimpleQueue.__module__)
print(queue.Empty.__name__, queue.Full.__qualname__, issubclass(queue.Full, Exception))
print(queue.Queue[int], queue.LifoQueue[str], queue.PriorityQueue[tuple], queue.SimpleQueue[int])
print(type(queue.Queue[int]).__name__, queue.Queue[int].__origin__ is queue.Queue)

# maxsize <= 0 means unbounded; put never blocks or checks its timeout there
for size in (0, -1, -5):
    q = queue.Queue(size)
    for i in range(20):
        q.put(i, timeout=-1)
    print(size, q.maxsize, q.qsize(), q.full(), attempt(lambda: q.put('x', False, -3)))

# with a bound, the timeout is checked before the queue is looked at
q = queue.Queue(2)
print(q.maxsize, q.full(), q.empty())
print(attempt(lambda: q.put(1, timeout=-1)), q.qsize())
print(attempt(lambda: q.put(1, timeout=0)), attempt(lambda: q.put(2, block=False, timeout=-1)))
print(q.full(), q.qsize())
print(attempt(lambda: q.put(3, timeout=0)), attempt(lambda: q.put(3, False)),
      attempt(lambda: q.put_nowait(3)), attempt(lambda: q.put(3, True, 0.01)))
print(attempt(lambda: q.get(timeout=-1)), attempt(lambda: q.get(False, -1)), q.qsize())
print(attempt(lambda: q.get(timeout=0)), attempt(lambda: q.get_nowait()),
      attempt(lambda: q.get(timeout=0)), attempt(lambda: q.get(True, 0.001)))
print(attempt(lambda: q.get(False)), attempt(lambda: q.get(timeout=0)))
print(q.unfinished_tasks)

# task_done: errors, and join waiting for another thread's task_done calls
q = queue.Queue()
print(attempt(q.task_done))
q.put('a')
q.put('b')
print(q.unfinished_tasks, q.get(), q.get(), q.unfinished_tasks)
q.task_done()
q.task_done()
print(attempt(q.task_done), q.unfinished_tasks)
q.join()
print('join with nothing pending returns')
log = []


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        time.sleep(0.001)
        log.append(item)
        q.task_done()


t = threading.Thread(target=worker)
t.start()
for i in range(5):
    q.put(i)
q.join()
print('joined after', log, q.unfinished_tasks)
q.put(None)
t.join()

# a put blocked on a full queue is released by a get, within its timeout
q = queue.Queue(1)
q.put('first')
result = []
t = threading.Thread(target=lambda: result.append(attempt(lambda: q.put('second', timeout=10))))
t.start()
time.sleep(0.01)
got = q.get()  # frees the slot; the blocked put fills it again (so full() is asked after join)
t.join()
print(got, q.full())
print(result, q.get(), q.empty())
t = threading.Thread(target=lambda: result.append(attempt(lambda: q.get(timeout=10))))
t.start()
time.sleep(0.01)
q.put('late')
t.join()
print(result)

# LifoQueue and PriorityQueue with bounds; priority order with ties by the second item
lq = queue.LifoQueue(maxsize=3)
for x in 'abc':
    lq.put(x)
print(lq.full(), attempt(lambda: lq.put('d', False)), [lq.get() for _ in range(3)],
      attempt(lambda: lq.get(False)))
pq = queue.PriorityQueue(3)
for item in [(2, 'b'), (1, 'z'), (2, 'a')]:
    pq.put(item)
print(pq.full(), attempt(lambda: pq.put((0, 'x'), timeout=0)), [pq.get() for _ in range(3)])
print(type(queue.Queue().queue).__name__, type(lq.queue).__name__, type(pq.queue).__name__)
print(isinstance(lq, queue.Queue), isinstance(pq, queue.Queue),
      isinstance(queue.SimpleQueue(), queue.Queue))


# a subclass storing items through the hooks
class SetQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = set()
        self.inits = maxsize

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.add(item)

    def _get(self):
        least = min(self.queue)
        self.queue.discard(least)
        return least


sq = SetQueue(4)
for x in (3, 1, 3, 2):
    sq.put(x)
print(sq.inits, sq.qsize(), sq.unfinished_tasks, sq.full(), [sq.get() for _ in range(3)])
print(type(sq.mutex).__name__, type(sq.not_empty).__name__, sq.not_empty._lock is sq.mutex,
      sq.not_full._lock is sq.mutex, sq.all_tasks_done._lock is sq.mutex)

# SimpleQueue: put ignores block/timeout; get checks the timeout only when blocking
s = queue.SimpleQueue()
print(s.empty(), s.qsize(), attempt(lambda: s.get(False)), attempt(s.get_nowait))
print(attempt(lambda: s.get(False, -1)), attempt(lambda: s.get(block=False, timeout=5)))
print(attempt(lambda: s.get(timeout=-0.5)), attempt(lambda: s.get(timeout=0)))
print(s.put(1, False, -1), s.put(2, block=True, timeout=0), s.put_nowait(3), s.qsize())
print(s.get(timeout=-0.0), s.get(False, 1), s.get(True, None), s.empty())
print(repr(s).startswith('<_queue.SimpleQueue object at 0x'))
got = []


def consumer():
    for _ in range(3):
        got.append(s.get(timeout=10))


t = threading.Thread(target=consumer)
t.start()
for x in 'xyz':
    time.sleep(0.002)
    s.put(x)
t.join()
print(got, s.empty())
print(attempt(lambda: queue.Queue().get(True, 0)), attempt(lambda: queue.Queue(1).put(1, True, 0)))
