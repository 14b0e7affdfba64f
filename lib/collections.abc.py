"""The collection ABCs of PEP 3119 (behaviour of CPython 3.11's collections.abc).

Each ABC either recognises classes structurally, through its __subclasshook__, or
has the built-in types registered with it; the non-abstract methods are mixins
written only in terms of the abstract ones.
"""

import sys
from abc import ABCMeta, abstractmethod

GenericAlias = type(list[int])

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]


# Names for built-in types that have no public name of their own; each is the type of
# the sample next to it.
for _alias, _sample in (
        ("bytes_iterator", iter(b"")), ("bytearray_iterator", iter(bytearray())),
        ("dict_keyiterator", iter({}.keys())), ("dict_valueiterator", iter({}.values())),
        ("dict_itemiterator", iter({}.items())), ("list_iterator", iter([])),
        ("list_reverseiterator", reversed([])), ("range_iterator", iter(range(0))),
        ("longrange_iterator", iter(range(1 << 100))), ("set_iterator", iter(set())),
        ("str_iterator", iter("")), ("tuple_iterator", iter(())), ("zip_iterator", zip()),
        ("dict_keys", {}.keys()), ("dict_values", {}.values()), ("dict_items", {}.items()),
        ("mappingproxy", type.__dict__), ("generator", (_ for _ in ()))):
    globals()[_alias] = type(_sample)
del _alias, _sample


def _provides(C, names):
    """True when every name is defined somewhere on C's MRO and the nearest definition
    is not None (None deliberately switches a method off); NotImplemented otherwise."""
    for name in names:
        owner = next((k for k in C.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _structural(*names):
    """A __subclasshook__ that answers via _provides(), but only for the ABC that
    defines it; subclasses of that ABC fall back to normal ABCMeta rules."""
    def __subclasshook__(cls, C):
        if cls.__dict__.get("__subclasshook__") is not hook:
            return NotImplemented
        return _provides(C, names)
    hook = classmethod(__subclasshook__)
    return hook


def _raise_into(typ, val, tb):
    """Shared body of the throw() defaults: build the exception as the 3-argument
    throw() form describes, then raise it."""
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


def _close_with(obj, what):
    """Throw GeneratorExit into obj; it must finish or re-raise it."""
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(what + " ignored GeneratorExit")


# ---- one-method ABCs and the iteration protocols -------------------------------

class Hashable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__hash__")

    @abstractmethod
    def __hash__(self):
        """Hash value of the object."""
        return 0


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__await__")
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __await__(self):
        """Iterator driving the await."""
        yield


class Coroutine(Awaitable):
    __slots__ = ()
    __subclasshook__ = _structural("__await__", "send", "throw", "close")

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the coroutine."""
        _raise_into(typ, val, tb)

    @abstractmethod
    def send(self, value):
        """Send a value into the coroutine (StopIteration when it is done)."""
        raise StopIteration

    def close(self):
        """Make the coroutine exit by throwing GeneratorExit into it."""
        _close_with(self, "coroutine")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__aiter__")
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __aiter__(self):
        """The asynchronous iterator."""
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    __slots__ = ()
    __subclasshook__ = _structural("__anext__", "__aiter__")

    def __aiter__(self):
        return self

    @abstractmethod
    def __anext__(self):
        """The next item, or StopAsyncIteration at the end."""
        raise StopAsyncIteration


class AsyncGenerator(AsyncIterator):
    # heapscope has no async def, so these mixins are plain methods.
    __slots__ = ()
    __subclasshook__ = _structural("__aiter__", "__anext__", "asend", "athrow", "aclose")

    def __anext__(self):
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        """Send a value into the asynchronous generator."""
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the asynchronous generator."""
        _raise_into(typ, val, tb)

    def aclose(self):
        pass


class Iterable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__iter__")
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __iter__(self):
        return
        yield


class Iterator(Iterable):
    __slots__ = ()
    __subclasshook__ = _structural("__iter__", "__next__")

    def __iter__(self):
        return self

    @abstractmethod
    def __next__(self):
        """Produce the following item; raise StopIteration once there are none left."""
        raise StopIteration


class Reversible(Iterable):
    __slots__ = ()
    __subclasshook__ = _structural("__reversed__", "__iter__")

    @abstractmethod
    def __reversed__(self):
        return
        yield


class Generator(Iterator):
    __slots__ = ()
    __subclasshook__ = _structural("__iter__", "__next__", "send", "throw", "close")

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the generator."""
        _raise_into(typ, val, tb)

    @abstractmethod
    def send(self, value):
        """Send a value into the generator (StopIteration when it is done)."""
        raise StopIteration

    def __next__(self):
        return self.send(None)

    def close(self):
        """Make the generator exit by throwing GeneratorExit into it."""
        _close_with(self, "generator")


class Sized(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__len__")

    @abstractmethod
    def __len__(self):
        """Number of items."""
        return 0


class Container(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__contains__")
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __contains__(self, x):
        """Whether x is in the container."""
        return False


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __subclasshook__ = _structural("__len__", "__iter__", "__contains__")


for _it in (bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator,
            dict_itemiterator, list_iterator, list_reverseiterator, range_iterator,
            longrange_iterator, set_iterator, str_iterator, tuple_iterator, zip_iterator):
    Iterator.register(_it)
del _it
Generator.register(generator)


# ---- Callable and its subscription -----------------------------------------------

def _is_param_expr(obj):
    """Ellipsis, a list, or typing's ParamSpec / Concatenate[...] stand for a whole
    parameter list."""
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return kind.__module__ == "typing" and kind.__name__ in ("ParamSpec",
                                                             "_ConcatenateGenericAlias")


def _type_repr(obj):
    """How Callable's repr shows one argument (the same rules as typing's repr)."""
    if isinstance(obj, GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is Ellipsis:
        return "..."
    return obj.__name__ if type(obj) is type(_type_repr) else repr(obj)


def _whole_param_list(args):
    """Do a Callable's __args__ hold one parameter expression and the result?"""
    return len(args) == 2 and _is_param_expr(args[0])


class _CallableGenericAlias(GenericAlias):
    """Callable[[A, B], R]: __args__ holds the flattened (A, B, R).

    Any attribute a GenericAlias does not define itself is looked up on __origin__, so
    the methods here only use dunder names and module-level helpers."""

    __slots__ = ()
    # (CPython raises the same two TypeErrors for malformed subscripts.)
    def __new__(cls, origin, args):
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (list, tuple)):
            args = tuple(params) + (result,)
        elif not _is_param_expr(params):
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or "
                            f"Concatenate. Got {params}")
        return super().__new__(cls, origin, args)

    def __repr__(self):
        if _whole_param_list(self.__args__):
            return super().__repr__()
        *params, result = self.__args__
        inner = ", ".join(map(_type_repr, params))
        return f"collections.abc.Callable[[{inner}], {_type_repr(result)}]"

    def __reduce__(self):
        if _whole_param_list(self.__args__):
            packed = self.__args__
        else:
            packed = (list(self.__args__[:-1]), self.__args__[-1])
        return _CallableGenericAlias, (Callable, packed)

    def __getitem__(self, item):
        # Substitute type variables with GenericAlias, then re-wrap the result.
        if type(item) is not tuple:
            item = (item,)
        params = self.__parameters__
        if len(params) == 1 and _is_param_expr(params[0]) and item \
                and not _is_param_expr(item[0]):
            item = (item,)   # X = Callable[P, R]: X[int, str] means X[[int, str]]
        subst = super().__getitem__(item).__args__
        if not isinstance(subst[0], (list, tuple)):
            subst = (subst[:-1], subst[-1])
        return _CallableGenericAlias(Callable, tuple(subst))


class Callable(metaclass=ABCMeta):
    __slots__ = ()
    __subclasshook__ = _structural("__call__")
    __class_getitem__ = classmethod(_CallableGenericAlias)

    @abstractmethod
    def __call__(self, *args, **kwds):
        """Call the object."""
        return False


# ---- sets --------------------------------------------------------------------------

def _all_in(small, big):
    for item in small:
        if item not in big:
            return False
    return True


class Set(Collection):
    """A finite iterable container with set algebra and comparisons.

    Subclasses provide __contains__, __iter__ and __len__; everything else is
    derived.  Results of the operators are built by the _from_iterable()
    classmethod, which by default calls the class with an iterable.
    """
    __slots__ = ()

    # Order comparisons are subset tests and only involve other Sets.  The strict
    # ones and == compare sizes first, then defer to __le__ / __ge__.
    def __le__(self, other):
        if isinstance(other, Set):
            return len(self) <= len(other) and _all_in(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Set):
            return len(self) >= len(other) and _all_in(other, self)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Set):
            return len(self) < len(other) and self.__le__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Set):
            return len(self) > len(other) and self.__ge__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Set):
            return len(self) == len(other) and self.__le__(other)
        return NotImplemented

    @classmethod
    def _from_iterable(cls, it):
        """Build a result of the set operators (override if cls(it) won't do)."""
        return cls(it)

    def _coerce(self, other):
        """other as a Set (converted with _from_iterable), or None if not iterable."""
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    # & and | accept any iterable as is; -, ^ first turn it into a Set.
    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for x in other if x in self)
        return NotImplemented

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for part in (self, other) for x in part)
        return NotImplemented

    def __sub__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rand__, __ror__, __rxor__ = __and__, __or__, __xor__   # symmetric operations

    def isdisjoint(self, other):
        """True if self and the iterable other have no element in common."""
        return not any(x in self for x in other)

    def _hash(self):
        """A hash equal to frozenset's for the same elements (use it as __hash__ in
        hashable subclasses)."""
        width_mask = 2 * sys.maxsize + 1
        acc = (1927868237 * (len(self) + 1)) & width_mask
        for item in self:
            h = hash(item)
            acc = (acc ^ ((h ^ (h << 16) ^ 89869747) * 3644798167)) & width_mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & width_mask
        if acc > sys.maxsize:
            acc -= width_mask + 1       # back to a signed machine word
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A Set that also supports add() and discard(); the rest is derived."""
    __slots__ = ()

    @abstractmethod
    def discard(self, value):
        """Take value out of the set if it is there."""
        raise NotImplementedError

    @abstractmethod
    def add(self, value):
        """Put value into the set."""
        raise NotImplementedError

    def remove(self, value):
        """Like discard(), but KeyError if value is absent."""
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        """Remove and return some element; KeyError if the set is empty."""
        for item in self:
            self.discard(item)
            return item
        raise KeyError

    def clear(self):
        """Remove every element."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    # In-place operators; ^= and -= with the set itself empty it.
    def __ior__(self, it):
        for item in it:
            self.add(item)
        return self

    def __iand__(self, it):
        for item in self - it:
            self.discard(item)
        return self

    def __isub__(self, it):
        if it is not self:
            for item in it:
                self.discard(item)
        else:
            self.clear()
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        for item in (it if isinstance(it, Set) else self._from_iterable(it)):
            (self.discard if item in self else self.add)(item)
        return self


Set.register(frozenset)
MutableSet.register(set)


# ---- mappings and their views ------------------------------------------------------

class Mapping(Collection):
    """A read-only key/value container.

    Subclasses provide __getitem__, __iter__ and __len__; the lookups, views and
    equality below are derived from those.
    """
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        """The value stored under key (KeyError if none)."""
        raise KeyError

    def __contains__(self, key):
        """Whether self[key] succeeds."""
        try:
            self[key]
            return True
        except KeyError:
            return False

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        try:
            found = self[key]
        except KeyError:
            found = default
        return found

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    # Mappings are not reversible unless a subclass says so.
    __reversed__ = None


class MappingView(Sized):
    __slots__ = ("_mapping",)
    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, mapping):
        """A live view of mapping (nothing is copied)."""
        self._mapping = mapping

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

    def __len__(self):
        return len(self._mapping)


def _same(a, b):
    return a is b or a == b


def _as_builtin_set(cls, it):
    return set(it)


class KeysView(MappingView, Set):
    __slots__ = ()
    _from_iterable = classmethod(_as_builtin_set)    # set algebra gives plain sets

    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()
    _from_iterable = classmethod(_as_builtin_set)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]

    def __contains__(self, item):
        """item must be a (key, value) pair."""
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same(found, value)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        return any(_same(mapping[key], value) for key in mapping)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


class MutableMapping(Mapping):
    """A Mapping that also supports item assignment and deletion."""
    __slots__ = ()

    @abstractmethod
    def __delitem__(self, key):
        """Drop key and its value."""
        raise KeyError

    @abstractmethod
    def __setitem__(self, key, value):
        """Store value under key."""
        raise KeyError

    _absent = object()      # default of pop(): "no default given"

    def pop(self, key, default=_absent):
        """Remove key and return its value; default (or KeyError) if it is missing."""
        try:
            value = self[key]
        except KeyError:
            if default is MutableMapping._absent:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if empty."""
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Copy items from a mapping, an object with keys(), or an iterable of
        pairs, and then from the keyword arguments."""
        if isinstance(other, Mapping):
            pairs = ((k, other[k]) for k in other)
        elif hasattr(other, "keys"):
            pairs = ((k, other[k]) for k in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        """self[key], first setting it to default if it is missing."""
        try:
            value = self[key]
        except KeyError:
            self[key] = value = default
        return value


Mapping.register(mappingproxy)
MutableMapping.register(dict)
KeysView.register(dict_keys)
ItemsView.register(dict_items)
ValuesView.register(dict_values)


# ---- sequences -----------------------------------------------------------------------

class Sequence(Reversible, Collection):
    """A read-only indexable container.

    Subclasses provide __getitem__ and __len__; iteration, membership, reversal,
    index() and count() are derived (iteration stops at the first IndexError).
    """
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        """The item at index (IndexError past the end)."""
        raise IndexError

    def __iter__(self):
        pos = 0
        try:
            while True:
                yield self[pos]
                pos += 1
        except IndexError:
            pass        # the end of the sequence

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        for pos in range(len(self) - 1, -1, -1):
            yield self[pos]

    def index(self, value, start=0, stop=None):
        """First position of value within [start:stop]; ValueError if absent."""
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop = stop + len(self)
        pos = start
        while stop is None or pos < stop:
            try:
                item = self[pos]
            except IndexError:
                break
            if _same(item, value):
                return pos
            pos += 1
        raise ValueError

    def count(self, value):
        """How many items are value (or equal to it)."""
        return sum(1 for item in self if _same(item, value))


class ByteString(Sequence):
    """Common ABC of bytes and bytearray."""
    __slots__ = ()


class MutableSequence(Sequence):
    """A Sequence that also supports item assignment, deletion and insert()."""
    __slots__ = ()

    @abstractmethod
    def __delitem__(self, index):
        """Delete the item at index (or a slice)."""
        raise IndexError

    @abstractmethod
    def __setitem__(self, index, value):
        """Replace the item at index (or a slice)."""
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put value before position index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo += 1
            hi -= 1

    def extend(self, values):
        """Append every item of values (a snapshot is taken when values is self)."""
        for value in (list(values) if values is self else values):
            self.append(value)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        value = self[index]
        del self[index]
        return value

    def __iadd__(self, values):
        self.extend(values)
        return self

    def remove(self, value):
        """Delete the first occurrence of value; ValueError if absent."""
        del self[self.index(value)]


for _seq in (tuple, str, range, memoryview):
    Sequence.register(_seq)
for _seq in (bytes, bytearray):
    ByteString.register(_seq)
for _seq in (list, bytearray):
    MutableSequence.register(_seq)
del _seq
