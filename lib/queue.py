"""Synchronized queues for passing items between threads (heapscope's queue module).

Queue (first in, first out), LifoQueue (last in, first out) and PriorityQueue (smallest
first) share one lock and three conditions on it; SimpleQueue is an unbounded FIFO without
task tracking. The API, exceptions and messages are CPython 3.11's; the code is ours, on top
of lib/threading.py.
"""

from collections import deque
from heapq import heappop, heappush
import threading
import types
from time import monotonic as _now

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_NEGATIVE_TIMEOUT = "'timeout' must be a non-negative number"


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


Empty.__module__ = '_queue'  # in CPython it comes from the C module _queue


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


class Queue:
    """A FIFO queue holding at most maxsize items (no limit if maxsize <= 0).

    Subclasses change the storage and the order by overriding _init, _qsize, _put and
    _get; these are called with the queue's mutex held.
    """

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock; producers wait on not_full, consumers on not_empty, join() on
        # all_tasks_done.
        self.mutex = mutex = threading.Lock()
        self.not_empty = threading.Condition(mutex)
        self.not_full = threading.Condition(mutex)
        self.all_tasks_done = threading.Condition(mutex)
        self.unfinished_tasks = 0  # put() counts up, task_done() down

    @staticmethod
    def _await(cond, blocked, block, timeout, failure):
        # With cond's lock held: return once blocked() is false, waiting on cond as
        # block/timeout allow; raise failure when the wait is not allowed or runs out.
        if not block:
            if blocked():
                raise failure
            return
        if timeout is None:
            while blocked():
                cond.wait()
            return
        if timeout < 0:
            raise ValueError(_NEGATIVE_TIMEOUT)
        deadline = _now() + timeout
        while blocked():
            left = deadline - _now()
            if left <= 0.0:
                raise failure
            cond.wait(left)

    def _is_full(self):
        return self._qsize() >= self.maxsize

    def _is_empty(self):
        return not self._qsize()

    def put(self, item, block=True, timeout=None):
        """Add item, waiting for room in a bounded queue: forever if block is true and
        timeout None, at most timeout seconds otherwise (then Full); a non-blocking put
        raises Full at once when there is no room."""
        with self.not_full:
            if self.maxsize > 0:
                self._await(self.not_full, self._is_full, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return the next item, waiting for one as put() waits for room;
        raises Empty when none comes."""
        with self.not_empty:
            self._await(self.not_empty, self._is_empty, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
        return item

    def put_nowait(self, item):
        """put(item) without waiting."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get() without waiting."""
        return self.get(block=False)

    def task_done(self):
        """Tell the queue that an item got with get() has been dealt with; join() returns
        once every item put has been."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Block until task_done() has been called for every item put."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The number of items now queued (others may change it at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether no item is queued now."""
        with self.mutex:
            return self._is_empty()

    def full(self):
        """Whether a bounded queue has no room now."""
        with self.mutex:
            return self.maxsize > 0 and self._is_full()

    # storage: a deque, oldest item on the left

    def _qsize(self):
        return len(self.queue)

    def _init(self, maxsize):
        self.queue = deque()

    def _get(self):
        return self.queue.popleft()

    def _put(self, item):
        self.queue.append(item)


class LifoQueue(Queue):
    """A Queue that hands out the newest item first."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """A Queue that hands out the smallest item first (items are often
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return heappop(self.queue)

    def _put(self, item):
        heappush(self.queue, item)  # a heap: queue[0] is the smallest


class SimpleQueue:
    """An unbounded FIFO queue: put() never blocks, and there is no task tracking."""

    __class_getitem__ = classmethod(types.GenericAlias)
    __slots__ = ('_items', '_ready', '__weakref__')    # no __dict__, as the C type

    def __init__(self):
        self._items = deque()
        self._ready = threading.Semaphore(0)  # counts the queued items

    def put(self, item, block=True, timeout=None):
        """Add item; block and timeout are accepted for Queue's sake and ignored."""
        self._items.append(item)
        self._ready.release()

    def put_nowait(self, item):
        """Same as put(item)."""
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return the oldest item, waiting for one (at most timeout seconds
        if given) unless block is false; raises Empty when none comes."""
        if not block:
            got = self._ready.acquire(False)
        elif timeout is not None and timeout < 0:
            raise ValueError(_NEGATIVE_TIMEOUT)
        else:
            got = self._ready.acquire(True, timeout)
        if not got:
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        """get() without waiting."""
        return self.get(False)

    def __getattr__(self, name):
        # only reached when normal lookup failed: name the type as CPython's C one
        shown = '_queue.SimpleQueue' if type(self) is SimpleQueue else type(self).__name__
        raise AttributeError(f'{shown!r} object has no attribute {name!r}', name=name,
                             obj=self)

    def empty(self):
        """Whether no item is queued now."""
        return not self._items

    def qsize(self):
        """The number of items now queued."""
        return len(self._items)


SimpleQueue.__module__ = '_queue'  # a C type in CPython
