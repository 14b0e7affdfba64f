"""Abstract base classes (PEP 3119), with the behaviour of CPython 3.11's abc module.

ABCMeta here is written in Python.  Every ABC keeps, as class attributes, a registry
of virtual subclasses and two weak caches of issubclass() answers; the negative
cache is thrown away whenever any ABC gains a virtual subclass (each registration
bumps a global counter, which get_cache_token() reports).
"""

from weakref import WeakSet as _WeakSet


def abstractmethod(funcobj):
    """Mark funcobj as abstract: a class whose metaclass is ABCMeta cannot be
    instantiated while any such method is left without an override."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(obj):
    return getattr(obj, "__isabstractmethod__", False)


class abstractproperty(property):
    """Deprecated spelling of @property on top of @abstractmethod."""
    __isabstractmethod__ = True


class abstractclassmethod(classmethod):
    """Deprecated spelling of @classmethod on top of @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        abstractmethod(callable)
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated spelling of @staticmethod on top of @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        abstractmethod(callable)
        super().__init__(callable)


def _abstract_names(cls, own):
    """Names still abstract in cls: those of `own` (name, value pairs from the class
    body) marked abstract, plus any base's abstract name that cls resolves to an
    abstract object."""
    names = {name for name, value in own if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def get_cache_token():
    """The current value of the counter that each ABC registration increments;
    it changes whenever cached isinstance()/issubclass() answers may go stale."""
    return ABCMeta._abc_invalidation_counter


class ABCMeta(type):
    """Metaclass of abstract base classes.

    Its classes can be used as mixins, can have virtual subclasses added with
    register(), may decide membership in a __subclasshook__ classmethod, and
    cannot be instantiated while they have abstract methods.
    """

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace.items())
        cls._abc_registry = _WeakSet()
        cls._abc_cache = _WeakSet()
        cls._abc_negative_cache = _WeakSet()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC and return it (so this can
        be used as a class decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if not issubclass(subclass, cls):
            if issubclass(cls, subclass):
                # cls would become a subclass of itself
                raise RuntimeError("Refusing to create an inheritance cycle")
            cls._abc_registry.add(subclass)
            ABCMeta._abc_invalidation_counter += 1
        return subclass

    def _dump_registry(cls, file=None):
        """Debugging aid: print the ABC's registry and caches."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for attr in cls.__dict__:
            if attr.startswith("_abc_"):
                value = getattr(cls, attr)
                if isinstance(value, _WeakSet):
                    value = set(value)
                print(f"{attr}: {value!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget every virtual subclass (for tests)."""
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        """Forget every cached answer (for tests)."""
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()

    def _negative_cache_valid(cls):
        return cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls): answered for instance.__class__ and, when
        that differs, also for type(instance)."""
        claimed = instance.__class__
        if claimed in cls._abc_cache:
            return True
        actual = type(instance)
        if actual is not claimed:
            return cls.__subclasscheck__(claimed) or cls.__subclasscheck__(actual)
        if cls._negative_cache_valid() and claimed in cls._abc_negative_cache:
            return False
        return cls.__subclasscheck__(claimed)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), consulting in turn the caches, the
        __subclasshook__, the real MRO, the registry and cls's own subclasses."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if not cls._negative_cache_valid():
            cls._abc_negative_cache = _WeakSet()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False

        verdict = cls.__subclasshook__(subclass)
        if verdict is NotImplemented:
            verdict = (cls in getattr(subclass, "__mro__", ())
                       or any(issubclass(subclass, r) for r in cls._abc_registry)
                       or any(issubclass(subclass, s) for s in cls.__subclasses__()))
        elif verdict is not True and verdict is not False:
            raise AssertionError("__subclasshook__ must return either False, True, "
                                 "or NotImplemented")
        (cls._abc_cache if verdict else cls._abc_negative_cache).add(subclass)
        return verdict


class ABC(metaclass=ABCMeta):
    """Base class whose subclasses are ABCs (an alternative to metaclass=ABCMeta)."""
    __slots__ = ()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced on an
    existing class; classes that are not abstract are returned untouched."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstract_names(cls, cls.__dict__.items())
    return cls
