"""Heap queues (priority queues) kept in plain lists.

A list `h` is a heap when every parent is no greater than its children:
h[i] <= h[2*i+1] and h[i] <= h[2*i+2] wherever those children exist, so h[0] is always the
smallest item.  The functions here keep that shape; merge(), nsmallest() and nlargest() are
built on top of it.  Behaviour (argument checks, messages, and the order in which equal
items come out) follows CPython 3.11, whose core functions live in C (_heapq).
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest',
           'nsmallest', 'heappushpop']

_append = list.append
_pop = list.pop


def _not_a_list(obj, fname, numbered):
    # The C module accepts list and its subclasses only; the message names the argument
    # the way Argument Clinic does ("argument 1" when there are several).
    what = 'None' if obj is None else type(obj).__name__
    where = 'argument 1' if numbered else 'argument'
    return TypeError('%s() %s must be list, not %s' % (fname, where, what))


# ---- moving one entry to its place ------------------------------------------------------
#
# Both movers take `bigtop`: False for the usual min-heap, True for the max-heap that the
# private helpers, merge(reverse=True) and nsmallest() use.  Only `<` is ever used, with
# the operands in the same order as CPython's C code, so user-defined comparisons see the
# same calls.  Entries move by swapping two slots of the list, re-read after every
# comparison, and a comparison that changed the list's length stops the walk with
# RuntimeError -- what the C code does when a user's __lt__ mutates the heap.

def _check_size(heap, size):
    if len(heap) != size:
        raise RuntimeError('list changed size during iteration')


def _bubble_up(heap, root, pos, bigtop=False):
    """Move heap[pos] towards `root` while it belongs above its parent."""
    size = len(heap)
    if pos >= size:
        raise IndexError('index out of range')
    moving = heap[pos]
    while pos > root:
        up = (pos - 1) >> 1
        if bigtop:
            higher = not not (heap[up] < moving)
        else:
            higher = not not (moving < heap[up])
        _check_size(heap, size)
        if not higher:
            break
        moving = heap[pos]
        heap[pos] = heap[up]    # the parent drops into the slot below
        heap[up] = moving
        pos = up


def _sink(heap, pos, bigtop=False):
    """Walk the entry at `pos` down to a leaf, always swapping it with the child that
    belongs higher, then let it bubble back up.  (Going all the way down first costs
    fewer comparisons on average than stopping early.)"""
    size = len(heap)
    if pos >= size:
        raise IndexError('index out of range')
    start = pos
    first_leaf = size >> 1
    while pos < first_leaf:
        child = 2 * pos + 1
        if child + 1 < size:
            if bigtop:
                left_wins = not not (heap[child + 1] < heap[child])
            else:
                left_wins = not not (heap[child] < heap[child + 1])
            if not left_wins:
                child += 1
            _check_size(heap, size)
        lower = heap[pos]
        heap[pos] = heap[child]
        heap[child] = lower
        pos = child
    _bubble_up(heap, start, pos, bigtop)


def _build(heap, bigtop):
    """Turn the list into a heap in linear time by sinking every parent, last first.
    Long lists are processed in the same cache-friendly order as CPython's C code, so
    the arrangement of equal items comes out identical."""
    parents = len(heap) >> 1
    if len(heap) <= 2500:
        for pos in range(parents - 1, -1, -1):
            _sink(heap, pos, bigtop)
        return
    row_start = (1 << ((parents + 1).bit_length() - 1)) - 1
    # first the parents of the last full row, then that row itself; after each odd
    # (left-child) position also redo the ancestors reached through left-child links
    for lo, hi in ((parents >> 1, row_start - 1), (row_start, parents - 1)):
        for pos in range(hi, lo - 1, -1):
            while True:
                _sink(heap, pos, bigtop)
                if not pos & 1:
                    break
                pos >>= 1


def _take_top(heap, bigtop):
    if not heap:
        raise IndexError('index out of range')
    last = _pop(heap)
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sink(heap, 0, bigtop)
    return top


def _swap_top(heap, item, bigtop):
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sink(heap, 0, bigtop)
    return top


# ---- argument checks, worded as the C module's ------------------------------------------

def _one_arg(fname, args, kwargs):
    if kwargs:
        raise TypeError('_heapq.%s() takes no keyword arguments' % fname)
    if len(args) != 1:
        raise TypeError('_heapq.%s() takes exactly one argument (%d given)'
                        % (fname, len(args)))
    heap = args[0]
    if not isinstance(heap, list):
        raise _not_a_list(heap, fname, False)
    return heap


def _two_args(fname, args, kwargs):
    if kwargs:
        raise TypeError('_heapq.%s() takes no keyword arguments' % fname)
    if len(args) != 2:
        raise TypeError('%s expected 2 arguments, got %d' % (fname, len(args)))
    if not isinstance(args[0], list):
        raise _not_a_list(args[0], fname, True)
    return args


# ---- public min-heap API ------------------------------------------------------------------

def heappush(*args, **kwargs):
    """Push item onto heap, maintaining the heap invariant."""
    heap, item = _two_args('heappush', args, kwargs)
    _append(heap, item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(*args, **kwargs):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    return _take_top(_one_arg('heappop', args, kwargs), False)


def heapreplace(*args, **kwargs):
    """Pop and return the current smallest value, and add the new item.

    The heap size is unchanged; an empty heap raises IndexError.  The returned value may
    be larger than item."""
    heap, item = _two_args('heapreplace', args, kwargs)
    return _swap_top(heap, item, False)


def heappushpop(*args, **kwargs):
    """Push item on the heap, then pop and return the smallest item from the heap.

    Faster than heappush() followed by heappop()."""
    heap, item = _two_args('heappushpop', args, kwargs)
    if not heap or not heap[0] < item:
        return item
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heapify(*args, **kwargs):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _build(_one_arg('heapify', args, kwargs), False)


# ---- max-heap helpers (private, as in CPython) ----------------------------------------------

def _heappop_max(*args, **kwargs):
    """Maxheap variant of heappop."""
    return _take_top(_one_arg('_heappop_max', args, kwargs), True)


def _heapreplace_max(*args, **kwargs):
    """Maxheap variant of heapreplace."""
    heap, item = _two_args('_heapreplace_max', args, kwargs)
    return _swap_top(heap, item, True)


def _heapify_max(*args, **kwargs):
    """Maxheap variant of heapify."""
    _build(_one_arg('_heapify_max', args, kwargs), True)


# ---- merging sorted inputs ------------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Like sorted(itertools.chain(*iterables)) but lazy: it holds one item per input, and
    items that compare equal come out in the order of their inputs.  With key, items are
    ordered by key(item); with reverse=True every input must be sorted largest first."""
    # Each live input is a slot [sort key, rank, value, iterator]; the rank is unique,
    # so slots never compare beyond it, and it makes earlier inputs win ties.
    step = -1 if reverse else 1
    slots = []
    for rank, source in enumerate(map(iter, iterables)):
        fetch = source.__next__
        try:
            value = fetch()
        except StopIteration:
            continue
        slots.append([value if key is None else key(value), rank * step, value, source])
    _build(slots, reverse)
    while len(slots) > 1:
        top = slots[0]
        yield top[2]
        try:
            value = top[3].__next__()
        except StopIteration:
            _take_top(slots, reverse)
            continue
        top[0] = value if key is None else key(value)
        top[2] = value
        _swap_top(slots, top, reverse)
    if slots:
        # one input left: no more comparisons are needed, hand its items on directly
        last = slots[0]
        yield last[2]
        yield from last[3]


# ---- selecting the n smallest or largest items -------------------------------------------
#
# Both keep a heap of the best n candidates seen so far, each decorated as
# (sort key, arrival rank, item), whose root is the worst of them; a new item only has to
# be compared with that root.  The rank keeps equal items in their original order, so the
# answers are exactly sorted(...)[:n] (nsmallest) and sorted(..., reverse=True)[:n]
# (nlargest).

def _select(n, iterable, key, largest):
    if n == 1:
        missing = object()
        pick = max if largest else min
        best = pick(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        count = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= count:
            return sorted(iterable, key=key, reverse=largest)[:n]
    source = iter(iterable)
    ranks = range(0, -n, -1) if largest else range(n)
    if key is None:
        best = [(item, rank, item) for rank, item in zip(ranks, source)]
    else:
        best = [(key(item), rank, item) for rank, item in zip(ranks, source)]
    if not best:
        return best
    # nsmallest keeps a max-heap (its root is the largest kept), nlargest a min-heap
    _build(best, not largest)
    worst = best[0][0]
    rank = -n if largest else n
    for item in source:
        k = item if key is None else key(item)
        if largest:
            if not worst < k:
                continue
            _swap_top(best, (k, rank, item), False)
            rank -= 1
        else:
            if not k < worst:
                continue
            _swap_top(best, (k, rank, item), True)
            rank += 1
        worst = best[0][0]
    best.sort(reverse=largest)
    return [entry[2] for entry in best]


def nsmallest(n, iterable, key=None):
    """Return a list of the n smallest items of iterable (by key, if given), the same
    list sorted(iterable, key=key)[:n] would give."""
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Return a list of the n largest items of iterable (by key, if given), the same
    list sorted(iterable, key=key, reverse=True)[:n] would give."""
    return _select(n, iterable, key, True)
