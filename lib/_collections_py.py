# The Python half of the `collections` module: namedtuple and the UserDict / UserList /
# UserString wrappers. src/modules/collectionsmodule.c executes this file inside the C
# module's own namespace (after deque, defaultdict, OrderedDict, Counter and ChainMap are
# in place), so every global defined here becomes an attribute of `collections`.

import sys as _sys


# The User* classes derive from the collections.abc ABCs, as in CPython. While this file
# runs, the C module has already put `collections` in sys.modules (as an import does for a
# package), so importing its submodule finds this module as the parent.
__import__('collections.abc')
abc = _collections_abc = _sys.modules['collections.abc']
abc.MutableSequence.register(deque)     # noqa: F821 -- deque comes from the C module


# ------------------------------------------------------------------------------------------
# namedtuple
# ------------------------------------------------------------------------------------------

from keyword import iskeyword as _iskeyword


class _tuplegetter:
    # Read-only descriptor for one position of a named tuple (CPython does this in C).
    # No class docstring: '__doc__' is a slot, holding each field's own text.
    __slots__ = ('_position', '__doc__')

    def __init__(self, index, doc):
        self._position = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            if owner is None:
                raise TypeError('__get__(None, None) is invalid')
            return self
        if not isinstance(instance, tuple):
            raise TypeError(f"descriptor for index '{self._position}' for tuple subclasses "
                            f"doesn't apply to '{type(instance).__name__}' object")
        # tuple's own item access, whatever __getitem__ a subclass defines
        return tuple.__getitem__(instance, self._position)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self._position, self.__doc__)


def _usable_name(name):
    return name.isidentifier() and not _iskeyword(name)


def _rename_invalid(names):
    # rename=True: bad, private-looking or repeated names become _<position>
    seen = set()
    result = []
    for position, name in enumerate(names):
        ok = _usable_name(name) and not name.startswith('_') and name not in seen
        result.append(name if ok else f'_{position}')
        seen.add(name)
    return result


def _check_names(typename, names, renamed):
    for name in (typename, *names):
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: '
                             f'{name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in names:
        if not renamed and name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)      # only after the checks, so the first duplicate is reported


def _build_constructor(typename, fields, defaults):
    # __new__ needs a real parameter per field (for keyword calls, error messages and
    # signatures), so its source is generated. The namespace is sealed off from builtins.
    params = ', '.join(fields)
    packed = params + ',' if len(fields) == 1 else params
    source = f'def __new__(_cls, {params}): return _tuple_new(_cls, ({packed}))'
    scope = {'_tuple_new': tuple.__new__, '__builtins__': {},
             '__name__': f'namedtuple_{typename}'}
    exec(source, scope)
    constructor = scope['__new__']
    constructor.__doc__ = f'Create new instance of {typename}({packed})'
    if defaults is not None:
        constructor.__defaults__ = defaults
    return constructor, packed


def _build_methods(typename, fields):
    count = len(fields)
    template = '(' + ', '.join(f'{name}=%r' for name in fields) + ')'

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != count:
            raise TypeError(f'Expected {count} arguments, got {len(made)}')
        return made

    def _replace(self, /, **kwds):
        made = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return made

    def __repr__(self):
        return self.__class__.__name__ + template % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'
    _replace.__doc__ = (f'Return a new {typename} object replacing specified fields '
                        'with new values')
    __repr__.__doc__ = 'Return a nicely formatted representation string'
    _asdict.__doc__ = 'Return a new dict which maps field names to their values.'
    __getnewargs__.__doc__ = 'Return self as a plain tuple.  Used by copy and pickle.'
    return [_make, _replace, __repr__, _asdict, __getnewargs__]


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    field_names is a sequence of names or one string of names separated by whitespace
    and/or commas; e.g. Point = namedtuple('Point', 'x y') gives Point(x=11, y=22).
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))
    if rename:
        names = _rename_invalid(names)
    _check_names(typename, names, rename)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(names):
            raise TypeError('Got more default values than field names')
        if defaults:
            field_defaults = dict(zip(names[len(names) - len(defaults):], defaults))

    fields = tuple(_sys.intern(name) for name in names)
    constructor, signature = _build_constructor(typename, fields, defaults)
    make, *others = _build_methods(typename, fields)
    for function in (constructor, make, *others):
        function.__qualname__ = f'{typename}.{function.__name__}'

    body = {'__doc__': f'{typename}({signature})', '__slots__': (), '_fields': fields,
            '_field_defaults': field_defaults, '__new__': constructor,
            '_make': classmethod(make)}
    body.update((function.__name__, function) for function in others)
    body['__match_args__'] = fields
    for position, name in enumerate(fields):
        body[name] = _tuplegetter(position, _sys.intern(f'Alias for field number {position}'))
    cls = type(typename, (tuple,), body)

    # Make the class look as if it was defined where namedtuple() was called (pickle
    # finds classes through __module__).
    if module is None:
        try:
            caller = _sys._getframe(1)
        except (AttributeError, ValueError):
            caller = None       # no frame introspection: leave type()'s choice alone
        if caller is not None:
            module = caller.f_globals.get('__name__', '__main__')
    if module is not None:
        cls.__module__ = module
    return cls


# ------------------------------------------------------------------------------------------
# UserDict
# ------------------------------------------------------------------------------------------

class UserDict(abc.MutableMapping):
    # A mapping that keeps its items in a real dict, self.data; the remaining dict API
    # comes from MutableMapping's mixin methods.

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        sources = [] if dict is None else [dict]
        if kwargs:
            sources.append(kwargs)
        for source in sources:
            self.update(source)

    def __len__(self): return len(self.data)
    def __iter__(self): return iter(self.data)
    def __contains__(self, key): return key in self.data   # not via __missing__
    def __repr__(self): return repr(self.data)

    def __getitem__(self, key):
        try:
            return self.data[key]
        except KeyError:
            pass
        fallback = getattr(type(self), '__missing__', None)
        if fallback is None:
            raise KeyError(key)
        return fallback(self, key)

    def __setitem__(self, key, item): self.data[key] = item
    def __delitem__(self, key): del self.data[key]

    # dict's | operators, answering with an instance of our own class
    def __or__(self, other):
        contents = _dict_contents(other)
        if contents is None:
            return NotImplemented
        return self.__class__(self.data | contents)

    def __ror__(self, other):
        contents = _dict_contents(other)
        if contents is None:
            return NotImplemented
        return self.__class__(contents | self.data)

    def __ior__(self, other):
        contents = _dict_contents(other)
        self.data |= other if contents is None else contents
        return self

    def __copy__(self):
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.__dict__['data'].copy()   # bypasses descriptors
        return clone

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass may keep more state: copy the instance with its data set aside,
        # then refill the copy through its own __setitem__.
        import copy
        saved = self.data
        self.data = {}
        try:
            clone = copy.copy(self)
        finally:
            self.data = saved
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


def _dict_contents(obj):
    # The plain dict behind a UserDict or dict operand; None for anything else.
    if isinstance(obj, UserDict):
        return obj.data
    return obj if isinstance(obj, dict) else None


# ------------------------------------------------------------------------------------------
# UserList
# ------------------------------------------------------------------------------------------

def _unwrap_list(other):
    # comparisons look through another UserList to its list
    return other.data if isinstance(other, UserList) else other


def _list_operand(ulist, other):
    # + and += accept a UserList, a list (strictly: ulist.data's type) or any iterable
    if isinstance(other, UserList):
        return other.data
    if isinstance(other, type(ulist.data)):
        return other
    return list(other)


class UserList(abc.MutableSequence):
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) == type(self.data):
            self.data[:] = initlist
        elif isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        else:
            self.data = list(initlist)

    def __repr__(self): return repr(self.data)
    def __lt__(self, other): return self.data < _unwrap_list(other)
    def __le__(self, other): return self.data <= _unwrap_list(other)
    def __eq__(self, other): return self.data == _unwrap_list(other)
    def __gt__(self, other): return self.data > _unwrap_list(other)
    def __ge__(self, other): return self.data >= _unwrap_list(other)
    def __contains__(self, item): return item in self.data
    def __len__(self): return len(self.data)

    def __getitem__(self, i):
        found = self.data[i]
        return self.__class__(found) if isinstance(i, slice) else found

    def __setitem__(self, i, item): self.data[i] = item
    def __delitem__(self, i): del self.data[i]

    def __add__(self, other):
        return self.__class__(self.data + _list_operand(self, other))

    def __radd__(self, other):
        return self.__class__(_list_operand(self, other) + self.data)

    def __iadd__(self, other):
        self.data += _list_operand(self, other)
        return self

    def __mul__(self, n): return self.__class__(self.data * n)
    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        clone.__dict__['data'] = self.__dict__['data'][:]
        return clone

    def append(self, item): self.data.append(item)
    def insert(self, i, item): self.data.insert(i, item)
    def pop(self, i=-1): return self.data.pop(i)
    def remove(self, item): self.data.remove(item)
    def clear(self): self.data.clear()
    def copy(self): return self.__class__(self)
    def count(self, item): return self.data.count(item)
    def index(self, item, *args): return self.data.index(item, *args)
    def reverse(self): self.data.reverse()
    def sort(self, /, *args, **kwds): self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)


# ------------------------------------------------------------------------------------------
# UserString
# ------------------------------------------------------------------------------------------

def _text(obj):
    return obj.data if isinstance(obj, UserString) else obj


_BIG = _sys.maxsize


class UserString(abc.Sequence):
    # A str stand-in keeping its text in self.data. Methods that produce a new string
    # give back an instance of the (sub)class; the others return what str returns.

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        self.data = seq if isinstance(seq, str) else str(seq)

    def __str__(self): return str(self.data)
    def __repr__(self): return repr(self.data)
    def __int__(self): return int(self.data)
    def __float__(self): return float(self.data)
    def __complex__(self): return complex(self.data)
    def __hash__(self): return hash(self.data)
    def __getnewargs__(self): return (self.data[:],)

    def __eq__(self, string): return self.data == _text(string)
    def __lt__(self, string): return self.data < _text(string)
    def __le__(self, string): return self.data <= _text(string)
    def __gt__(self, string): return self.data > _text(string)
    def __ge__(self, string): return self.data >= _text(string)

    def __contains__(self, char): return _text(char) in self.data
    def __len__(self): return len(self.data)
    def __getitem__(self, index): return self.__class__(self.data[index])

    def __add__(self, other):
        if not isinstance(other, (str, UserString)):
            other = str(other)
        return self.__class__(self.data + _text(other))

    def __radd__(self, other):
        return self.__class__((other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n): return self.__class__(self.data * n)
    __rmul__ = __mul__
    def __mod__(self, args): return self.__class__(self.data % args)
    def __rmod__(self, template): return self.__class__(str(template) % self)

    # -- str methods (isalpha & co. and the argument-less case changers are added below)
    def center(self, width, *args): return self.__class__(self.data.center(width, *args))
    def ljust(self, width, *args): return self.__class__(self.data.ljust(width, *args))
    def rjust(self, width, *args): return self.__class__(self.data.rjust(width, *args))
    def zfill(self, width): return self.__class__(self.data.zfill(width))
    def expandtabs(self, tabsize=8): return self.__class__(self.data.expandtabs(tabsize))
    def strip(self, chars=None): return self.__class__(self.data.strip(chars))
    def lstrip(self, chars=None): return self.__class__(self.data.lstrip(chars))
    def rstrip(self, chars=None): return self.__class__(self.data.rstrip(chars))
    def translate(self, *args): return self.__class__(self.data.translate(*args))
    maketrans = str.maketrans

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_text(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_text(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_text(old), _text(new), maxsplit))

    # searching: count/find/rfind unwrap a UserString needle, index/rindex do not
    def count(self, sub, start=0, end=_BIG): return self.data.count(_text(sub), start, end)
    def find(self, sub, start=0, end=_BIG): return self.data.find(_text(sub), start, end)
    def rfind(self, sub, start=0, end=_BIG): return self.data.rfind(_text(sub), start, end)
    def index(self, sub, start=0, end=_BIG): return self.data.index(sub, start, end)
    def rindex(self, sub, start=0, end=_BIG): return self.data.rindex(sub, start, end)

    def startswith(self, prefix, start=0, end=_BIG):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_BIG):
        return self.data.endswith(suffix, start, end)

    # results that are not a single string come back as str's own values
    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def format(self, /, *args, **kwds): return self.data.format(*args, **kwds)
    def format_map(self, mapping): return self.data.format_map(mapping)
    def join(self, seq): return self.data.join(seq)
    def partition(self, sep): return self.data.partition(sep)
    def rpartition(self, sep): return self.data.rpartition(sep)
    def split(self, sep=None, maxsplit=-1): return self.data.split(sep, maxsplit)
    def rsplit(self, sep=None, maxsplit=-1): return self.data.rsplit(sep, maxsplit)
    def splitlines(self, keepends=False): return self.data.splitlines(keepends)


def _add_string_methods():
    def forward(name, wrap):
        if wrap:
            def method(self):
                return self.__class__(getattr(self.data, name)())
        else:
            def method(self):
                return getattr(self.data, name)()
        method.__name__ = name
        method.__qualname__ = 'UserString.' + name
        setattr(UserString, name, method)

    for name in ('capitalize', 'casefold', 'lower', 'swapcase', 'title', 'upper'):
        forward(name, True)
    for name in ('isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier',
                 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper'):
        forward(name, False)


_add_string_methods()
del _add_string_methods
