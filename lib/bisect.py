"""Bisection algorithms: search and insertion in sorted sequences (CPython 3.11's `bisect`
API and semantics, pure Python: heapscope has no _bisect accelerator)."""


from operator import index as _index

_SSIZE_MAX = (1 << 63) - 1
_NO_KEY = object()


def _parse(fname, args, kwargs):
    # Argument Clinic's unpacking for (a, x, lo=0, hi=None, *, key=None), with its messages.
    names = ('a', 'x', 'lo', 'hi')
    total = len(args) + len(kwargs)
    if total > 5:
        raise TypeError('%s() takes at most 5 arguments (%d given)' % (fname, total))
    if len(args) > 4:
        raise TypeError('%s() takes at most 4 positional arguments (%d given)'
                        % (fname, len(args)))
    values = list(args) + [_NO_KEY] * (4 - len(args))
    key = None
    for name, value in kwargs.items():
        if name == 'key':
            key = value
            continue
        if name not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (name, fname))
        where = names.index(name)
        if where < len(args):
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (fname, name, where + 1))
        values[where] = value
    for where in (0, 1):
        if values[where] is _NO_KEY:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, names[where], where + 1))
    a, x, lo, hi = values
    # lo: a C Py_ssize_t; hi: None, or anything with __index__ that fits one
    if lo is _NO_KEY:
        lo = 0
    else:
        lo = _index(lo)
        if not -_SSIZE_MAX - 1 <= lo <= _SSIZE_MAX:
            raise OverflowError('Python int too large to convert to C ssize_t')
    if hi is _NO_KEY or hi is None:
        hi = -1
    else:
        if not hasattr(type(hi), '__index__'):
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(hi).__name__)
        hi = _index(hi)
        if not -_SSIZE_MAX - 1 <= hi <= _SSIZE_MAX:
            raise OverflowError("cannot fit 'int' into an index-sized integer")
    return a, x, lo, hi, key


def _seq_len(a):
    # PySequence_Size: a plain dict is a mapping, not a sequence (a subclass written in
    # Python gets the sequence slots from its inherited __len__/__getitem__ and works).
    if type(a) is dict:
        raise TypeError('dict is not a sequence')
    if not hasattr(type(a), '__len__'):
        raise TypeError("object of type '%s' has no len()" % type(a).__name__)
    return len(a)


def _seq_item(a, i):
    # PySequence_GetItem: the same distinction for item access.
    if type(a) is dict:
        raise TypeError('dict is not a sequence')
    if not hasattr(type(a), '__getitem__'):
        raise TypeError("'%s' object does not support indexing" % type(a).__name__)
    return a[i]


def _search(a, x, lo, hi, key, right):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi == -1:
        hi = _seq_len(a)
    # Invariant (left): items before lo are < x, items from hi on are not; (right) the
    # same with <=.  Only `<` is used: item < x for left, x < item for right, as CPython.
    while lo < hi:
        mid = (lo + hi) // 2
        item = _seq_item(a, mid)
        if key is not None:
            item = key(item)
        if right:
            if x < item:
                hi = mid
            else:
                lo = mid + 1
        else:
            if item < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def bisect_left(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in a[i:] have
    e >= x.  Optional lo (default 0) and hi (default len(a)) bound the slice of a to be
    searched; key, if given, is applied to the items of a (not to x)."""
    a, x, lo, hi, key = _parse('bisect_left', args, kwargs)
    return _search(a, x, lo, hi, key, False)


def bisect_right(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in a[i:] have
    e > x.  Optional lo (default 0) and hi (default len(a)) bound the slice of a to be
    searched; key, if given, is applied to the items of a (not to x)."""
    a, x, lo, hi, key = _parse('bisect_right', args, kwargs)
    return _search(a, x, lo, hi, key, True)


def _insort(fname, args, kwargs, right):
    a, x, lo, hi, key = _parse(fname, args, kwargs)
    where = _search(a, x if key is None else key(x), lo, hi, key, right)
    if type(a) is list:
        list.insert(a, where, x)
    else:
        a.insert(where, x)


def insort_left(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x."""
    _insort('insort_left', args, kwargs, False)


def insort_right(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x."""
    _insort('insort_right', args, kwargs, True)


bisect = bisect_right
insort = insort_right
