"""repr() with size limits (the API of CPython 3.11's reprlib).

A Repr object shows at most a set number of items of each kind of container
and nesting levels down to maxlevel, and cuts long strings, ints and other
reprs in the middle; what was left out is shown as its fillvalue ('...').
repr() is the method of the shared instance aRepr.  recursive_repr() guards a
__repr__ method against showing an object inside itself forever.
"""

from _thread import get_ident
from itertools import islice
import builtins

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    'Decorator to make a repr function return fillvalue for a recursive call'

    def decorate(method):
        # (object id, thread id) for each repr call in progress
        busy = set()

        def wrapper(self):
            token = (id(self), get_ident())
            if token in busy:
                return fillvalue
            busy.add(token)
            try:
                text = method(self)
            finally:
                busy.discard(token)
            return text

        # copied by hand: functools imports this module, so no wraps() here
        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(method, attr))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper

    return decorate


def _possibly_sorted(x):
    """The items of x in sorted order, or in their own order when sorting
    them fails for any reason."""
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _ends(limit):
    # How many characters to keep before and after the fill value when a
    # repr is cut to `limit`; three characters are set aside for the fill.
    room = max(0, limit - 3)
    return room // 2, room - room // 2


def _last(text, count):
    """The final count items of text (none for a count of 0)."""
    return text[len(text) - count:]


_NO_METHOD = object()


class Repr:
    """Limited repr(): the max* attributes and fillvalue are the settings;
    repr_<type name>(obj, level) methods render each kind of object."""

    def __init__(self):
        self.fillvalue, self.maxlevel = '...', 6
        self.maxtuple = self.maxlist = 6
        self.maxarray, self.maxdict = 5, 4
        self.maxset = self.maxfrozenset = self.maxdeque = 6
        self.maxstring, self.maxlong, self.maxother = 30, 40, 30

    def repr1(self, x, level):
        """Render x with `level` nesting levels left, by the method named
        after its type ('repr_' + the name, whitespace runs made '_'), falling
        back to repr_instance."""
        name = type(x).__name__
        if ' ' in name:
            name = '_'.join(name.split())
        render = getattr(self, 'repr_' + name, _NO_METHOD)
        if render is _NO_METHOD:
            return self.repr_instance(x, level)
        return render(x, level)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def _cut(self, text, limit):
        if len(text) <= limit:
            return text
        head, tail = _ends(limit)
        return text[:head] + self.fillvalue + _last(text, tail)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        size = len(x)
        if size and level <= 0:
            return '%s%s%s' % (left, self.fillvalue, right)
        shown = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
        if size > maxiter:
            shown.append(self.fillvalue)
        if size == 1 and trail:
            right = trail + right
        return '%s%s%s' % (left, ', '.join(shown), right)

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_array(self, x, level):
        code = x.typecode
        if not x:
            return "array('%s')" % code
        return self._repr_iterable(x, level, "array('%s', [" % code, '])',
                                   self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_possibly_sorted(x), level, '{', '}',
                                   self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_possibly_sorted(x), level,
                                   'frozenset({', '})', self.maxfrozenset)

    def repr_dict(self, x, level):
        size = len(x)
        if not size:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        entries = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            entries.append('%s: %s' % (self.repr1(key, level - 1),
                                       self.repr1(x[key], level - 1)))
        if size > self.maxdict:
            entries.append(self.fillvalue)
        return '{%s}' % ', '.join(entries)

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        # quote only the characters kept, then cut that repr the same way
        head, tail = _ends(limit)
        text = builtins.repr(x[:head] + _last(x, tail))
        return text[:head] + self.fillvalue + _last(text, tail)

    def repr_int(self, x, level):
        return self._cut(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # a failing __repr__ still gets a description
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._cut(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
