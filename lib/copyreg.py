"""Registration hooks for pickle and copy, with the API of CPython 3.11's copyreg.

Besides the public functions this module holds the helpers that pickled data
refers to by name (_reconstructor, __newobj__, __newobj_ex__) and the Python
side of object.__reduce_ex__: heapscope's C code calls _reduce_newobj(), which
does the job of CPython's C reduce_newobj and hands protocols 0 and 1 to
_reduce_ex().
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# type -> reduction function; consulted before an object's own __reduce_ex__.
dispatch_table = {}


def constructor(object):
    """Check that object can serve as a constructor (it must be callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Use pickle_function(obj) to reduce instances of ob_type.  constructor_ob
    is only checked, for backward compatibility."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def pickle_complex(c):
    return complex, (c.real, c.imag)


def pickle_union(obj):
    # int | str is rebuilt as functools.reduce(operator.or_, (int, str))
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(complex, pickle_complex, complex)
pickle(type(int | str), pickle_union)


# ---- rebuilding objects ----------------------------------------------------------

def _reconstructor(cls, base, state):
    """Recreate an instance of cls whose nearest built-in base is base, from the
    base's value state (protocols 0 and 1)."""
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like __newobj__, with keyword arguments as well (protocol 4)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """All instance slot names of cls and its bases, private names mangled,
    __dict__ and __weakref__ left out.  The list is cached as cls.__slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get("__slots__", ())
            if isinstance(declared, str):
                declared = [declared]
            for slot in declared:
                if slot in ("__dict__", "__weakref__"):
                    continue
                private = slot.startswith("__") and not slot.endswith("__")
                owner = klass.__name__.lstrip("_")
                found.append(f"_{owner}{slot}" if private and owner else slot)
    try:
        cls.__slotnames__ = found
    except Exception:
        pass        # e.g. a built-in type: just don't cache
    return found


# ---- object.__reduce_ex__ ------------------------------------------------------------

_HEAPTYPE = 1 << 9                  # type.__flags__ bit of classes made by `class`
_new_type = type(int.__new__)       # the builtin-method type of C-level __new__


def _c_type_name(cls):
    # what a C type's tp_name says: "module.Name" unless it lives in builtins
    if cls.__flags__ & _HEAPTYPE or cls.__module__ == "builtins":
        return cls.__name__
    return f"{cls.__module__}.{cls.__qualname__}"


def _solid_base(cls):
    """The nearest class on cls's MRO that is not a `class` statement's: the built-in
    type whose C layout the instances have."""
    for klass in cls.__mro__:
        if not klass.__flags__ & _HEAPTYPE:
            return klass
    return object


def _getstate(obj, required=False):
    """What pickle saves as obj's state: __getstate__() if defined; otherwise the
    instance dict (None when empty), paired with a dict of the filled slots when
    there are any.  `required` (no constructor arguments, not a list or dict): the
    default state must then hold everything, which it cannot for instances of a
    variable-size built-in or of a built-in type with fields of its own -- CPython
    refuses those with TypeError, as here."""
    getstate = getattr(obj, "__getstate__", None)
    cls = type(obj)
    if getstate is not None and getattr(cls, "__getstate__", None) is not getattr(
            object, "__getstate__", None):
        return getstate()
    if required:
        if getattr(cls, "__itemsize__", 0):
            raise TypeError(f"cannot pickle {_c_type_name(cls)} objects")
        if _solid_base(cls) is not object:
            raise TypeError(f"cannot pickle {_c_type_name(cls)!r} object")
    if getstate is not None:
        return getstate()
    state = getattr(obj, "__dict__", None) or None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _new_arguments(obj):
    """(args, kwargs) for recreating obj, from __getnewargs_ex__ or __getnewargs__."""
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        pair = getnewargs_ex()
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            f"not '{type(pair).__name__}'")
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, "
                            f"not {len(pair)}")
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            f"must be a tuple, not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            f"must be a dict, not '{type(kwargs).__name__}'")
        return args, kwargs
    getnewargs = getattr(obj, "__getnewargs__", None)
    if getnewargs is None:
        return None, None           # no arguments at all (not even an empty tuple)
    args = getnewargs()
    if not isinstance(args, tuple):
        raise TypeError("__getnewargs__ should return a tuple, "
                        f"not '{type(args).__name__}'")
    return args, None


def _reduce_newobj(obj, proto):
    """object.__reduce_ex__(proto): a 5-tuple built on __newobj__/__newobj_ex__ for
    protocol 2 and up, _reduce_ex()'s answer below that."""
    if proto < 2:
        return _reduce_ex(obj, proto)
    cls = type(obj)
    args, kwargs = _new_arguments(obj)
    if kwargs:
        maker, maker_args = __newobj_ex__, (cls, args, kwargs)
    else:
        maker, maker_args = __newobj__, (cls, *(args or ()))
    required = not (args is not None or isinstance(obj, (list, dict)))
    state = _getstate(obj, required)
    list_items = iter(obj) if isinstance(obj, list) else None
    dict_items = iter(obj.items()) if isinstance(obj, dict) else None
    return maker, maker_args, state, list_items, dict_items


def _builtin_base(cls):
    """The first class on cls's MRO that is built in (not a heap type) or has its
    own C-level __new__; that is what _reconstructor rebuilds the value with."""
    for klass in cls.__mro__:
        if hasattr(klass, "__flags__") and not klass.__flags__ & _HEAPTYPE:
            return klass
        new = klass.__new__
        if isinstance(new, _new_type) and new.__self__ is klass:
            return klass
    return object


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is object:
        value = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        value = base(self)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that "
                            "defines __slots__ without defining __getstate__ cannot "
                            f"be pickled with protocol {proto}") from None
        state = getattr(self, "__dict__", None)
    else:
        default = getattr(object, "__getstate__", None)
        if (default is not None and type(self).__getstate__ is default
                and getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled")
        state = getstate()
    if state:
        return _reconstructor, (cls, base, value), state
    return _reconstructor, (cls, base, value)


# ---- extension codes -------------------------------------------------------------------
# A pickle may name a registered (module, name) pair by a small integer code instead.
# The three dicts are never rebound: pickle implementations keep references to them.

_extension_registry = {}            # (module, name) -> code
_inverted_registry = {}             # code -> (module, name)
_extension_cache = {}               # code -> the object it stands for


def add_extension(module, name, code):
    """Register code for the global module.name."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    known_code = _extension_registry.get(key)
    known_key = _inverted_registry.get(code)
    if known_code == code and known_key == key:
        return                      # registering the same pair again is harmless
    if key in _extension_registry:
        raise ValueError(f"key {key} is already registered with code {known_code}")
    if code in _inverted_registry:
        raise ValueError(f"code {code} is already in use for key {known_key}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Undo add_extension(module, name, code) (meant for tests)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
