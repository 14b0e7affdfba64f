"""Bisection algorithms: search and insertion in sorted sequences (CPython 3.11's `bisect`
API and semantics, pure Python: heapscope has no _bisect accelerator)."""


from operator import index as _index


def _bounds(a, lo, hi):
    # The argument checks of CPython's C _bisect: lo an index >= 0, hi an index or None.
    lo = _index(lo)
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        return lo, len(a)
    if not hasattr(type(hi), '__index__'):
        raise TypeError(f"argument should be integer or None, not '{type(hi).__name__}'")
    return lo, _index(hi)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted."""
    lo, hi = _bounds(a, lo, hi)
    # Invariant: items before lo are < x, items from hi on are not. Only `<` is used, with
    # the sequence's item on the left, as CPython does.
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index where to insert item x in list a, assuming a is sorted."""
    lo, hi = _bounds(a, lo, hi)
    # Invariant: items before lo are <= x, items from hi on are > x (x on the left of `<`).
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted (before equals)."""
    where = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert item x in list a, and keep it sorted assuming a is sorted."""
    where = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
