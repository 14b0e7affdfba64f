# queue.Queue, LifoQueue, PriorityQueue, SimpleQueue: order, Empty/Full, timeouts, task_done/join
import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in (3, 1, 2):
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put('a')
sq.put_nowait('b')
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
print(queue.Empty, queue.Full, queue.SimpleQueue.__name__)

bq = queue.Queue(maxsize=2)
bq.put(1)
bq.put_nowait(2)
print(bq.full())
for f in (lambda: bq.put(3, block=False), lambda: bq.put(3, timeout=0.01),
          lambda: queue.Queue().get(False), lambda: queue.Queue().get(timeout=0.01),
          lambda: queue.Queue().get_nowait(), lambda: sq.get(timeout=0.01)):
    try:
        f()
    except (queue.Empty, queue.Full) as e:
        print(type(e).__name__, repr(e))
for f in (lambda: queue.Queue().get(timeout=-1), lambda: bq.put(1, timeout=-1),
          lambda: sq.get(timeout=-1)):
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)

# producers and consumers with task_done/join
work = queue.Queue()
results = queue.Queue()


def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.put(item * item)
        work.task_done()


consumers = [threading.Thread(target=consumer) for _ in range(3)]
for c in consumers:
    c.start()
for i in range(20):
    work.put(i)
work.join()
print('unfinished', work.unfinished_tasks)
for _ in consumers:
    work.put(None)
for c in consumers:
    c.join()
print(sorted(results.get() for _ in range(results.qsize())))
try:
    work.task_done()
except ValueError as e:
    print('ValueError:', e)

# a bounded queue blocks its producer until the consumer catches up
bounded = queue.Queue(1)
seen = []


def slow_consumer():
    for _ in range(5):
        seen.append(bounded.get())


t = threading.Thread(target=slow_consumer)
t.start()
for i in range(5):
    bounded.put(i)
t.join()
print(seen)
