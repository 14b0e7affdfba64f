# The part of `functools` written in Python: total_ordering, cached_property,
# partialmethod, singledispatch and singledispatchmethod, with CPython 3.11's behaviour and
# messages. src/modules/functoolsmodule.c runs this file in the functools module's own
# namespace when the module is created, so `partial` and `update_wrapper` (defined in C,
# functools_cache.c) are plain globals here.

from types import GenericAlias, MappingProxyType

# ==== total_ordering ====
#
# Given one ordering method (the "root") plus __eq__, the other three follow. Each derived
# method evaluates the root once, hands NotImplemented straight back, and otherwise
# combines the root's result with == or != in one of three ways (short-circuiting, so the
# values returned and the comparisons made are exactly those of CPython's versions):
#   negate:  a >= b is not (a < b)
#   mirror:  a > b  is not (a < b) and a != b     (from a non-strict root: not r or ==)
#   relax:   a <= b is (a < b) or a == b          (from a non-strict root: r and !=)


def _negate(r, a, b):
    return not r


def _mirror_strict(r, a, b):
    return not r and a != b


def _mirror_loose(r, a, b):
    return not r or a == b


def _relax_strict(r, a, b):
    return r or a == b


def _tighten_loose(r, a, b):
    return r and a != b


def _derived_method(root, target, combine):
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return combine(r, self, other)
    method.__name__ = target
    method.__qualname__ = '_%s_from_%s' % (target.strip('_'), root.strip('_'))
    return method


# root -> the methods it supplies, in the order they are added to the class
_ORDERINGS = {}
for _root, _mirror, _near, _far in (('__lt__', '__gt__', '__le__', '__ge__'),
                                    ('__le__', '__ge__', '__lt__', '__gt__'),
                                    ('__gt__', '__lt__', '__ge__', '__le__'),
                                    ('__ge__', '__le__', '__gt__', '__lt__')):
    _strict = _root in ('__lt__', '__gt__')
    _ORDERINGS[_root] = [
        (_mirror, _derived_method(_root, _mirror, _mirror_strict if _strict else _mirror_loose)),
        (_near, _derived_method(_root, _near, _relax_strict if _strict else _tighten_loose)),
        (_far, _derived_method(_root, _far, _negate)),
    ]
del _root, _mirror, _near, _far, _strict


def total_ordering(cls):
    """Class decorator: fill in the ordering methods missing from a class that defines
    __eq__ and at least one of < > <= >=."""
    # A method counts as defined unless it is object's own (the NotImplemented stub).
    own = [name for name in ('__lt__', '__le__', '__gt__', '__ge__')
           if getattr(cls, name, None) is not getattr(object, name, None)]
    if not own:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # With several roots available, derive from the first of __lt__, __le__, __gt__.
    for name, method in _ORDERINGS[own[0]]:
        if name not in own:
            setattr(cls, name, method)
    return cls


# ==== cached_property ====

_MISSING = object()


class cached_property:
    """A property computed by 'func' on first access and then stored in the instance's
    __dict__ under the same name, where later lookups find it directly."""

    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
        self.attrname = None    # set by __set_name__ when the class is created

    def __set_name__(self, owner, name):
        if self.attrname is not None and self.attrname != name:
            raise TypeError("Cannot assign the same cached_property to two different "
                            f"names ({self.attrname!r} and {name!r}).")
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling "
                            "__set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            kind = type(instance).__name__
            raise TypeError(f"No '__dict__' attribute on {kind!r} instance to cache "
                            f"{name!r} property.") from None
        value = store.get(name, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                kind = type(instance).__name__
                raise TypeError(f"The '__dict__' attribute on {kind!r} instance does not "
                                f"support item assignment for caching {name!r} "
                                "property.") from None
        return value

    __class_getitem__ = classmethod(GenericAlias)


# ==== partialmethod ====


class partialmethod(object):
    """Like partial, but for use in a class body: the preset arguments come after the
    instance (or class), which is supplied when the attribute is looked up."""

    def __init__(self, func, /, *args, **keywords):
        # Descriptors such as classmethod objects need not be callable themselves.
        if not (callable(func) or hasattr(func, "__get__")):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            # Merge with the inner one, so the instance still comes first.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __repr__(self):
        cls = type(self)
        shown_args = ", ".join(repr(a) for a in self.args)
        shown_kw = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        return (f"{cls.__module__}.{cls.__qualname__}({self.func}, {shown_args}, "
                f"{shown_kw})")

    def _make_unbound_method(self):
        pm = self

        def _method(cls_or_self, /, *args, **keywords):
            return pm.func(cls_or_self, *pm.args, *args, **{**pm.keywords, **keywords})
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self      # inspect.signature looks for this
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # The wrapped descriptor produced its own callable (a bound method,
                # a classmethod's binding...): preset the arguments on that.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass    # no __self__ on it, or (in heapscope) none settable
                return result
        # A plain callable: behave like a function defined in the class.
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        # abstract exactly when the wrapped callable is
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# ==== singledispatch ====
#
# Implementations are looked up along the argument class's MRO. Abstract base classes the
# class is only implicitly a subclass of (via ABC.register or __subclasshook__) are not in
# its __mro__, so dispatch works on an extended MRO: the registered ABCs that apply are
# placed, with a C3 merge, right where the class (or one of its bases) introduces them.


def _c3_merge(sequences):
    """Merge linearizations: repeatedly take the first head that appears in no
    sequence's tail. Raises RuntimeError if there is none."""
    pending = [seq for seq in sequences if seq]
    merged = []
    while pending:
        for seq in pending:
            head = seq[0]
            if not any(head in other[1:] for other in pending):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        merged.append(head)
        for seq in pending:
            if seq[0] == head:
                del seq[0]
        pending = [seq for seq in pending if seq]
    return merged


def _c3_mro(cls, abcs=None):
    """cls's linearization with the ABCs of 'abcs' it implements inserted where they are
    introduced: an ABC goes in at the class that is a subclass of it while none of that
    class's bases is. Bases up to the last explicit ABC among cls.__bases__ are ordered
    before these implicit ABCs, the remaining bases after them."""
    bases = cls.__bases__
    cut = 0
    for i, base in enumerate(bases):
        if hasattr(base, '__abstractmethods__'):
            cut = i + 1
    candidates = list(abcs) if abcs else []
    introduced = [abc for abc in candidates
                  if issubclass(cls, abc) and not any(issubclass(b, abc) for b in bases)]
    for abc in introduced:
        candidates.remove(abc)
    groups = (list(bases[:cut]), introduced, list(bases[cut:]))
    return _c3_merge([[cls]] +
                     [_c3_mro(b, candidates) for group in groups for b in group] +
                     [list(group) for group in groups])


def _compose_mro(cls, types):
    """The extended MRO of cls with respect to the registered classes 'types'."""
    known = set(cls.__mro__)
    # ABCs cls implements without having them in its MRO...
    extra = [t for t in types
             if t not in known and hasattr(t, '__mro__')
             and not isinstance(t, GenericAlias) and issubclass(cls, t)]
    # ...leaving out those that come in as a base of another one anyway.
    extra = [t for t in extra
             if not any(t != other and t in other.__mro__ for other in extra)]
    # Subclasses of these ABCs that cls also implements tell in what order they go:
    # follow the one linking the most of them first.
    wanted = set(extra)
    ordered = []
    for t in extra:
        chains = [[s for s in sub.__mro__ if s in wanted]
                  for sub in t.__subclasses__()
                  if sub not in known and issubclass(cls, sub)]
        if not chains:
            ordered.append(t)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for s in chain:
                if s not in ordered:
                    ordered.append(s)
    return _c3_mro(cls, ordered)


def _find_impl(cls, registry):
    """The registered implementation that best matches cls (None if there is none)."""
    mro = _compose_mro(cls, registry.keys())
    for i, t in enumerate(mro):
        if t in registry:
            break
    else:
        return None
    # Two unrelated ABCs that cls implements only implicitly match equally well.
    if i + 1 < len(mro):
        runner_up = mro[i + 1]
        if (runner_up in registry and runner_up not in cls.__mro__
                and t not in cls.__mro__ and not issubclass(t, runner_up)):
            raise RuntimeError(f"Ambiguous dispatch: {t} or {runner_up}")
    return registry[t]


def _is_union_type(obj):
    if isinstance(obj, type):
        return False
    from typing import get_origin, Union
    import types
    return get_origin(obj) in {Union, types.UnionType}


def _is_valid_dispatch_type(obj):
    """A class, or a union whose members are all classes."""
    if isinstance(obj, type):
        return True
    if not _is_union_type(obj):
        return False
    from typing import get_args
    return all(isinstance(member, type) for member in get_args(obj))


def singledispatch(func):
    """Turn 'func' into a generic function that picks an implementation by the class of
    its first argument; 'func' itself handles object. Add implementations with the
    register() attribute (a class, a union of classes, or an annotated function)."""
    import weakref
    registry = {}
    cache = weakref.WeakKeyDictionary()
    # Once an ABC is registered, registering a virtual subclass with any ABC can change
    # dispatch results: the ABC machinery's cache token tells when to drop the cache.
    token = None

    def dispatch(cls):
        """Return the implementation the generic function uses for cls."""
        nonlocal token
        if token is not None:
            from abc import get_cache_token
            current = get_cache_token()
            if current != token:
                cache.clear()
                token = current
        try:
            return cache[cls]
        except KeyError:
            pass
        impl = registry[cls] if cls in registry else _find_impl(cls, registry)
        cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls; with func omitted, return a
        decorator. cls may instead be a function whose first annotation names the
        class."""
        nonlocal token
        if _is_valid_dispatch_type(cls):
            if func is None:    # used as @register(cls)
                return lambda f: register(cls, f)
        elif func is not None:
            raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not "
                            "a class or union type.")
        else:
            func = cls
            if not getattr(func, '__annotations__', {}):
                raise TypeError(f"Invalid first argument to `register()`: {func!r}. Use "
                                "either `@register(some_class)` or plain `@register` on "
                                "an annotated function.")
            from typing import get_type_hints
            # the first annotation in the function's order, with strings evaluated
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                why = ("not all arguments are classes" if _is_union_type(cls)
                       else "is not a class")
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} {why}.")
        if _is_union_type(cls):
            from typing import get_args
            for member in get_args(cls):
                registry[member] = func
        else:
            registry[cls] = func
        if token is None and hasattr(cls, '__abstractmethods__'):
            from abc import get_cache_token
            token = get_cache_token()
        cache.clear()
        return func

    name = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        # dispatch on the first positional argument's class
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    registry[object] = func
    wrapper.register, wrapper.dispatch = register, dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = cache.clear
    return update_wrapper(wrapper, func)


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self (or cls,
    when wrapping a classmethod)."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, "__get__")):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.func = func
        self.dispatcher = singledispatch(func)

    def register(self, cls, method=None):
        """As register() of a singledispatch function."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            impl = dispatch(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        return update_wrapper(_method, self.func)

    @property
    def __isabstractmethod__(self):
        # abstract exactly when the wrapped callable is
        return getattr(self.func, '__isabstractmethod__', False)
