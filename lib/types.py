"""Names for the interpreter's built-in types, plus helpers for creating classes
dynamically (new_class, resolve_bases, prepare_class), SimpleNamespace and
DynamicClassAttribute.

Each type is obtained from a sample object of that type. heapscope has no async
functions, so CoroutineType, AsyncGeneratorType and coroutine() are not provided.
"""
import sys as _sys


# --- the types, read off sample objects ------------------------------------------------------

def _probe():
    pass


class _Probe:
    def method(self):
        pass


def _cell_holding(value):
    return (lambda: value).__closure__[0]


FunctionType = LambdaType = type(_probe)
CodeType = type(_probe.__code__)
CellType = type(_cell_holding(None))
GeneratorType = type(item for item in ())
MethodType = type(_Probe().method)
MappingProxyType = type(_Probe.__dict__)
ModuleType = type(_sys)
BuiltinFunctionType = BuiltinMethodType = type(len)      # [].append has this type too
WrapperDescriptorType = type(object.__init__)           # slot wrapper
MethodWrapperType = type(object().__str__)              # bound slot wrapper
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(FunctionType.__dict__['__code__'])
MemberDescriptorType = type(FunctionType.__dict__['__globals__'])
FrameType = type(_sys._getframe())
try:
    raise TypeError
except TypeError as _caught:
    TracebackType = type(_caught.__traceback__)
GenericAlias = type(list[int])
UnionType = type(int | str)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)

del _probe, _Probe, _cell_holding     # (_caught is unbound by the except clause)


# --- building classes programmatically -------------------------------------------------------

def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    resolved = []
    replaced = False
    for base in bases:
        hook = None if isinstance(base, type) else getattr(base, '__mro_entries__', None)
        if hook is None:
            resolved.append(base)
            continue
        entries = hook(bases)
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(entries)
        replaced = True
    return tuple(resolved) if replaced else bases


def _most_derived_metaclass(meta, bases):
    # The winner must be a subclass of the metaclass of every base.
    winner = meta
    for base in bases:
        candidate = type(base)
        if issubclass(winner, candidate):
            continue
        if not issubclass(candidate, winner):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                            "a (non-strict) subclass of the metaclasses of all its bases")
        winner = candidate
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds); kwds is a copy of the given keywords minus
    any 'metaclass' entry.
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        # an explicit metaclass that is a class still defers to more derived ones
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    real_bases = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, real_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if real_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, real_bases, namespace, **kwds)


# --- SimpleNamespace -------------------------------------------------------------------------

_repr_in_progress = set()     # ids of namespaces whose repr is being built (cycles)


def _shown_type_name(ns):
    return 'types.SimpleNamespace' if type(ns) is SimpleNamespace else type(ns).__name__


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __getattr__(self, name):
        # only reached when normal lookup failed; word it as CPython's C type does
        raise AttributeError(f'{_shown_type_name(self)!r} object has no attribute {name!r}',
                             name=name, obj=self)

    def __delattr__(self, name):
        try:
            object.__delattr__(self, name)
        except AttributeError:
            if not isinstance(name, str) or hasattr(type(self), name):
                raise
            raise AttributeError(f'{_shown_type_name(self)!r} object has no attribute '
                                 f'{name!r}') from None

    def __repr__(self):
        label = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_in_progress:
            return label + '(...)'
        _repr_in_progress.add(key)
        try:
            shown = [f'{attr}={value!r}' for attr, value in self.__dict__.items()
                     if isinstance(attr, str) and attr]
        finally:
            _repr_in_progress.discard(key)
        return f"{label}({', '.join(shown)})"

    # Two namespaces compare as their attribute dicts do, for every operator (so `<`
    # fails with the dicts' TypeError, as with CPython's C type).
    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented

    def __reduce__(self):
        return type(self), (), self.__dict__


# --- DynamicClassAttribute -------------------------------------------------------------------

class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    A property on instances; looked up on the class itself it raises AttributeError,
    so that the metaclass's __getattr__ can answer instead (enum uses this for name
    and value).
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc or fget.__doc__
        self.overwrite_doc = doc is None      # follow the getter's docstring?
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            return _run_accessor(self.fget, "unreadable attribute", instance)
        if self.__isabstractmethod__:
            return self         # so that ABCMeta can see the abstract flag
        raise AttributeError()

    def __set__(self, instance, value):
        _run_accessor(self.fset, "can't set attribute", instance, value)

    def __delete__(self, instance):
        _run_accessor(self.fdel, "can't delete attribute", instance)

    def getter(self, fget):
        own_doc = fget.__doc__ if self.overwrite_doc else None
        return _variant(self, fget, self.fset, self.fdel, own_doc or self.__doc__)

    def setter(self, fset):
        return _variant(self, self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return _variant(self, self.fget, self.fset, fdel, self.__doc__)


def _run_accessor(accessor, complaint, *args):
    if accessor is None:
        raise AttributeError(complaint)
    return accessor(*args)


def _variant(prop, fget, fset, fdel, doc):
    # a copy of a DynamicClassAttribute with one accessor replaced
    clone = type(prop)(fget, fset, fdel, doc)
    clone.overwrite_doc = prop.overwrite_doc
    return clone


__all__ = ['FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
           'CellType', 'GeneratorType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'WrapperDescriptorType', 'MethodWrapperType',
           'MethodDescriptorType', 'ClassMethodDescriptorType', 'ModuleType',
           'TracebackType', 'FrameType', 'GetSetDescriptorType', 'MemberDescriptorType',
           'new_class', 'resolve_bases', 'prepare_class', 'DynamicClassAttribute',
           'GenericAlias', 'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType']
