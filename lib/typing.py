"""Support for type hints (CPython 3.11: Lib/typing.py). heapscope's own, much smaller
module: enough for programs that annotate with typing's names and run — aliases and special
forms are subscriptable and print as CPython's (typing.List[int], typing.Optional[int]),
TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, overload, get_type_hints.
Type checking itself is, as in CPython, not done at run time."""

import collections
import collections.abc
import functools
import sys
import types

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional',
           'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union', 'AbstractSet', 'ByteString',
           'Container', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
           'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
           'Sequence', 'Sized', 'ValuesView', 'Reversible', 'Generator', 'Collection',
           'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
           'FrozenSet', 'NamedTuple', 'TypedDict', 'AnyStr', 'cast', 'final',
           'get_type_hints', 'no_type_check', 'overload', 'runtime_checkable', 'Text',
           'TYPE_CHECKING', 'NoReturn', 'Never', 'Self', 'TypeAlias', 'LiteralString',
           'get_origin', 'get_args', 'assert_never', 'reveal_type', 'Annotated']

TYPE_CHECKING = False
_NoneType = type(None)


def _type_repr(obj):
    """How an argument shows inside typing's reprs: classes by (qualified) name."""
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if not isinstance(obj, type) or isinstance(obj, types.GenericAlias):
        return repr(obj)
    mod = obj.__module__
    return obj.__qualname__ if mod == 'builtins' else mod + '.' + obj.__qualname__


def _free_variables(args):
    """The type variables of args, each once, in order of first appearance, looking
    inside subscripted aliases (List[Dict[T, S]] has T and S) but not into classes."""
    found = {}
    for a in args:
        if isinstance(a, TypeVar):
            found[a] = None
        elif not isinstance(a, type) or isinstance(a, types.GenericAlias):
            found.update(dict.fromkeys(getattr(a, '__parameters__', ())))
    return tuple(found)


def _substitute(arg, mapping):
    """arg with its type variables replaced through mapping (nested aliases too)."""
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    inner = () if isinstance(arg, type) and not isinstance(arg, types.GenericAlias) \
        else getattr(arg, '__parameters__', ())
    if not inner:
        return arg
    values = tuple(mapping.get(v, v) for v in inner)
    return arg[values if len(values) > 1 else values[0]]


def _check_arity(alias, params, expected):
    given = len(params)
    if given != expected:
        raise TypeError(f"Too {'many' if given > expected else 'few'} arguments for {alias}; "
                        f"actual {given}, expected {expected}")


def _to_type(arg):
    """Normalise one type argument: None means NoneType, a string is a forward reference."""
    if arg is None:
        return _NoneType
    return ForwardRef(arg) if isinstance(arg, str) else arg


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class ForwardRef:
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)

    def __eq__(self, other):
        if isinstance(other, ForwardRef):
            return self.__forward_arg__ == other.__forward_arg__
        return False

    def __hash__(self):
        return hash(self.__forward_arg__)


class _Final:
    """Base of typing's own objects; `X | Y` on any of them builds a Union."""
    __slots__ = ('__weakref__',)

    def __or__(self, other):     # self | other
        return Union[self, other]

    def __ror__(self, other):    # other | self
        return Union[other, self]


class _SpecialForm(_Final):
    # A named typing construct (Union, ClassVar, NoReturn...) whose subscription is
    # handled by a function; it cannot be called or used in isinstance/issubclass.
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._getitem, self._name = getitem, getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __repr__(self):
        return 'typing.%s' % self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def _no_check(self, what):
        raise TypeError("%s cannot be used with %s()" % (self, what))

    def __instancecheck__(self, obj):
        self._no_check('isinstance')

    def __subclasscheck__(self, cls):
        self._no_check('issubclass')


class _AnyMeta(type):
    # Only Any itself refuses isinstance() and prints as typing.Any; classes that
    # inherit from Any behave as ordinary classes.
    def __instancecheck__(self, obj):
        if self is not Any:
            return super().__instancecheck__(obj)
        raise TypeError("typing.Any cannot be used with isinstance()")

    def __repr__(self):
        return "typing.Any" if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


def _bare_form(name, doc):
    """A special form that takes no parameters at all."""
    def refuse(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    refuse.__name__, refuse.__doc__ = name, doc
    return _SpecialForm(refuse)


NoReturn = _bare_form('NoReturn', "Special type indicating functions that never return.")
Never = _bare_form('Never', "The bottom type, a type that has no members.")
Self = _bare_form('Self', 'Used to spell the type of "self" in classes.')
LiteralString = _bare_form('LiteralString', "Represents an arbitrary literal string.")
TypeAlias = _bare_form('TypeAlias', "Special form for marking type aliases.")


def _checked(arg, msg):
    """A type argument as typing accepts it, else TypeError ending in 'Got <arg>.'."""
    arg = _to_type(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (ClassVar, Final, Generic,
                                                             Protocol):
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:   # 3.11 lets any other value through
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _wrapping_form(name, doc):
    """A special form taking exactly one type: ClassVar[T], Final[T]."""
    def wrap(self, parameters):
        return _GenericAlias(self, (_checked(parameters, f"{self} accepts only single type."),))
    wrap.__name__, wrap.__doc__ = name, doc
    return _SpecialForm(wrap)


ClassVar = _wrapping_form('ClassVar', "Special type construct to mark class variables.")
Final = _wrapping_form('Final',
                       "Special typing construct to indicate final names to type checkers.")


def _union_members(parameters):
    """Flatten nested unions (typing's and X | Y ones) and drop repeats, keeping order."""
    seen = []
    for p in parameters:
        nested = isinstance(p, (_UnionGenericAlias, types.UnionType))
        for q in (p.__args__ if nested else (p,)):
            if q not in seen:
                seen.append(q)
    set(seen)   # the members must be hashable (TypeError otherwise), as in CPython
    return tuple(seen)


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    members = _union_members(_checked(p, "Union[arg, ...]: each arg must be a type.")
                             for p in _as_tuple(parameters))
    if len(members) == 1:
        return members[0]
    optional = len(members) == 2 and _NoneType in members
    return _UnionGenericAlias(self, members, name="Optional" if optional else None)


@_SpecialForm
def Optional(self, parameters):
    """Optional type: Optional[X] is equivalent to Union[X, None]."""
    return Union[_checked(parameters, f"{self} requires a single type."), _NoneType]


@_SpecialForm
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    if len(parameters) == 1:
        parameters = parameters[0]
    flat = []
    for p in _as_tuple(parameters):   # Literal[Literal[1], 2] is Literal[1, 2]
        flat.extend(p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,))
    try:   # repeats go, comparing value and type (1 and True both stay); unhashables stay
        set((p, type(p)) for p in flat)
        kept = []
        for p in flat:
            if (p, type(p)) not in kept:
                kept.append((p, type(p)))
        flat = [p for p, _ in kept]
    except TypeError:
        pass
    return _LiteralGenericAlias(self, tuple(flat))


@_SpecialForm
def Annotated(self, params):
    """Add context-specific metadata to a type."""
    if isinstance(params, tuple) and len(params) >= 2:
        return _AnnotatedAlias(params[0], params[1:])
    raise TypeError("Annotated[...] should be used with at least two arguments "
                    "(a type and an annotation).")


def _not_instantiable(alias):
    raise TypeError(f"Type {alias._name} cannot be instantiated; "
                    f"use {alias.__origin__.__name__}() instead")


_GENERIC_CHECK_MSG = "Subscripted generics cannot be used with class and instance checks"


class _GenericAlias(_Final):
    """A subscripted generic: List[int], ClassVar[str], Generic[T]..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        self.__origin__, self._inst, self._name = origin, inst, name
        self.__args__ = _as_tuple(args)
        self.__parameters__ = _free_variables(self.__args__)
        if name:
            self.__name__ = name

    def _head(self):
        return 'typing.' + self._name if self._name else _type_repr(self.__origin__)

    def __repr__(self):
        shown = ", ".join(map(_type_repr, self.__args__)) if self.__args__ else '()'
        return '%s[%s]' % (self._head(), shown)

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            _not_instantiable(self)
        obj = self.__origin__(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except AttributeError:
            pass   # e.g. instances of classes with __slots__
        return obj

    def __mro_entries__(self, bases):
        # The origin class goes into the bases (unless listed already), and so does
        # Generic, unless a later base will bring it in.
        entries = () if self.__origin__ in bases else (self.__origin__,)
        later = bases[bases.index(self) + 1:]
        if any(isinstance(b, _GenericAlias) or issubclass(b, Generic) for b in later) \
                or self.__origin__ is Generic:
            return entries
        return entries + (Generic,)

    def __getitem__(self, params):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        params = _as_tuple(params)
        _check_arity(self, params, len(self.__parameters__))
        mapping = dict(zip(self.__parameters__, params))
        args = tuple(_substitute(a, mapping) for a in self.__args__)
        if isinstance(self, _UnionGenericAlias):   # flattened and deduplicated again
            return Union[args]
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __instancecheck__(self, obj):
        raise TypeError(_GENERIC_CHECK_MSG)

    def __subclasscheck__(self, cls):
        raise TypeError(_GENERIC_CHECK_MSG)

    def __getattr__(self, attr):
        # Plain attribute names fall through to the origin class (List[int].append);
        # dunders and lookups made before __init__ ran do not.
        dunder = attr[:2] == '__' and attr[-2:] == '__'
        if dunder or '__origin__' not in self.__dict__:
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _NoneType in args:
            other = args[1] if args[0] is _NoneType else args[0]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.Union[%s]' % ', '.join(map(_type_repr, args))

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, member) for member in self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(map(_type_repr, self.__args__))

    def _typed_values(self):
        # literals are equal when they hold the same values of the same types, in any order
        return frozenset((v, type(v)) for v in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return self._typed_values() == other._typed_values()

    def __hash__(self):
        return hash(self._typed_values())


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,))
        self.__metadata__ = tuple(metadata)

    def __repr__(self):
        extras = ", ".join(map(repr, self.__metadata__))
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {extras}]"


class _SpecialGenericAlias(_Final):
    """List, Dict, ...: the unsubscripted alias of a builtin or collections.abc class."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self.__origin__, self._nparams, self._inst = origin, nparams, inst
        self._name = self.__name__ = name or origin.__name__

    def __repr__(self):
        return 'typing.' + self._name

    def _check_count(self, params):
        expected, got = self._nparams, len(params)
        if expected == 0:
            raise TypeError(f"{self} is not a generic class")
        if expected > 0 and got != expected:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ('many' if got > expected else 'few', self, got, expected))

    def __getitem__(self, params):
        params = tuple(map(_to_type, _as_tuple(params)))
        self._check_count(params)
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            _not_instantiable(self)
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr[:2] == '__' and attr[-2:] == '__':
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _CallableGenericAlias(_GenericAlias):
    def __repr__(self):
        *params, result = self.__args__
        if len(params) == 1 and params[0] is ...:
            shown = '...'
        else:
            shown = '[%s]' % ', '.join(map(_type_repr, params))
        return 'typing.Callable[%s, %s]' % (shown, _type_repr(result))


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not (isinstance(params, tuple) and len(params) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        args = tuple(args) if isinstance(args, list) else (args,)
        if not (len(args) == 1 and args[0] is ...):
            args = tuple(map(_to_type, args))
        return _CallableGenericAlias(self.__origin__, args + (_to_type(result),),
                                     name='Callable')


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        # Tuple[()] is the empty tuple type; its __args__ are ().
        args = () if params == () else tuple(map(_to_type, _as_tuple(params)))
        return _GenericAlias(tuple, args, name='Tuple')


def _make_aliases():
    abc = collections.abc
    table = {}
    # name: (origin, number of parameters); origin's name is the alias's name
    for origin, n in ((abc.Hashable, 0), (abc.Awaitable, 1), (abc.Iterable, 1),
                      (abc.Iterator, 1), (abc.Reversible, 1), (abc.Sized, 0),
                      (abc.Container, 1), (abc.Collection, 1), (abc.MutableSet, 1),
                      (abc.Mapping, 2), (abc.MutableMapping, 2), (abc.Sequence, 1),
                      (abc.MutableSequence, 1), (abc.ByteString, 0), (abc.MappingView, 1),
                      (abc.KeysView, 1), (abc.ItemsView, 2), (abc.ValuesView, 1),
                      (collections.OrderedDict, 2), (collections.Counter, 1),
                      (collections.ChainMap, 2), (abc.Generator, 3)):
        table[origin.__name__] = _SpecialGenericAlias(origin, n)
    # aliases whose name differs from the origin's; the builtins cannot be called
    # through them (List() raises TypeError)
    for name, origin, n, inst in (('AbstractSet', abc.Set, 1, True),
                                  ('List', list, 1, False), ('Set', set, 1, False),
                                  ('FrozenSet', frozenset, 1, False),
                                  ('Dict', dict, 2, False), ('Type', type, 1, False),
                                  ('Deque', collections.deque, 1, True),
                                  ('DefaultDict', collections.defaultdict, 2, True)):
        table[name] = _SpecialGenericAlias(origin, n, inst=inst, name=name)
    table['Callable'] = _CallableType(abc.Callable, 2)
    table['Tuple'] = _TupleType(tuple, -1, inst=False, name='Tuple')
    return table


globals().update(_make_aliases())
Text = str


class TypeVar(_Final):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if constraints:
            if bound is not None:
                raise TypeError("Constraints cannot be combined with bound=...")
            if len(constraints) == 1:
                raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple(map(_to_type, constraints))
        self.__bound__ = None if bound is None else _to_type(bound)
        module = _caller_module()
        if module is not None:
            self.__module__ = module

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        return ('-' if self.__contravariant__ else '~') + self.__name__

    def __typing_subst__(self, arg):
        # Called by types.GenericAlias to substitute this variable: list[T][int].
        arg = _to_type(arg)
        if isinstance(arg, types.GenericAlias) and arg.__unpacked__:
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if cls in (Generic, Protocol):
            name = cls.__name__
            if not params:
                raise TypeError(f"Parameter list to {name}[...] cannot be empty")
            if any(not isinstance(p, TypeVar) for p in params):
                raise TypeError(f"Parameters to {name}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) < len(params):
                raise TypeError(f"Parameters to {name}[...] must all be unique")
        else:
            expected = len(getattr(cls, '__parameters__', ()))
            if not expected:
                raise TypeError(f"{cls} is not a generic class")
            _check_arity(cls, params, expected)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # the class's type parameters: those of its subscripted bases, first seen first
        found = {}
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                found.update(dict.fromkeys(base.__parameters__))
        cls.__parameters__ = tuple(found)


class _ProtocolMeta(type(collections.abc.Sized)):
    def __instancecheck__(cls, instance):
        # a runtime-checkable protocol matches any object having all its public members
        if getattr(cls, '_is_protocol', False) and getattr(cls, '_is_runtime_protocol', 0):
            wanted = [a for a in cls.__dict__ if not a.startswith('_')]
            if all(hasattr(instance, a) for a in wanted):
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes."""
    __slots__ = ()
    _is_protocol, _is_runtime_protocol = True, False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # a direct subclass of Protocol is a protocol; classes implementing one are not
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__
        if cls._is_protocol and '__init__' not in cls.__dict__:
            cls.__init__ = _protocol_init


def _protocol_init(self, *args, **kwargs):
    # a protocol cannot be instantiated; a concrete class deriving from one runs the first
    # real __init__ of its MRO
    kind = type(self)
    if kind._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    for klass in kind.__mro__:
        init = klass.__dict__.get('__init__')
        if init is not None and init is not _protocol_init:
            break
    else:
        init = object.__init__
    kind.__init__ = init
    return init(self, *args, **kwargs)


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)
            and getattr(cls, '_is_protocol', False)):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_never(arg, /):
    """Fail: the type checker should have proved this call unreachable."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError("Expected code to be unreachable, but got: " + shown)


def reveal_type(obj, /):
    """Print the run-time type of obj to stderr and give obj back."""
    sys.stderr.write("Runtime type is %r\n" % type(obj).__name__)
    return obj


_OVERLOAD_MSG = ("You should not call an overloaded function. A series of "
                 "@overload-decorated functions outside a stub module should always "
                 "be followed by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(_OVERLOAD_MSG)
    return _overload_dummy


def final(f):
    """Decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass   # objects that take no attributes are returned as they are
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    return arg


def get_origin(tp):
    """Get the unsubscripted version of a type."""
    if isinstance(tp, _UnionGenericAlias):
        return Union
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, types.GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return Generic if tp is Generic else None


def get_args(tp):
    """Get type arguments with all substitutions performed."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, _CallableGenericAlias):
        *params, result = tp.__args__
        return tp.__args__ if params[:1] and params[0] is ... else (params, result)
    if isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()


def _resolve_hints(ann, globalns, localns, into):
    for key, hint in ann.items():
        if isinstance(hint, str):
            hint = eval(hint, globalns, localns)
        into[key] = _NoneType if hint is None else hint


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object (its __annotations__, with None as NoneType and
    string annotations evaluated)."""
    hints = {}
    if not isinstance(obj, type):
        ns = getattr(obj, '__globals__', {}) if globalns is None else globalns
        _resolve_hints(getattr(obj, '__annotations__', None) or {}, ns, localns, hints)
        return hints
    # for a class: every class of the MRO, the most basic first, each evaluated in
    # its own module's namespace unless one was given
    for klass in obj.__mro__[::-1]:
        module = sys.modules.get(klass.__module__)
        ns = globalns or (module.__dict__ if module is not None else {})
        _resolve_hints(klass.__dict__.get('__annotations__', {}), ns, localns, hints)
    return hints


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple."""
    field_types = {n: _to_type(t) for n, t in (kwargs.items() if fields is None else fields)}
    cls = collections.namedtuple(typename, list(field_types))
    cls.__annotations__ = field_types
    module = _caller_module()
    if module is not None:
        cls.__module__ = module
    return cls


class _NamedTupleMeta(type):
    """Metaclass of `class X(NamedTuple):` bodies: makes a collections.namedtuple from
    the annotations, then copies the body's other attributes onto it."""
    _SKIP = frozenset({'__module__', '__qualname__', '__annotations__', '__orig_bases__'})

    def __new__(mcls, typename, bases, ns):
        fields = ns.get('__annotations__', {})
        with_default = []
        for field in fields:
            if field in ns:
                with_default.append(field)
                continue
            if with_default:   # a field without default after ones with: refused
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field} cannot follow "
                                f"default field{plural} {', '.join(with_default)}")
        cls = collections.namedtuple(typename, list(fields), module=ns['__module__'],
                                     defaults=[ns[f] for f in with_default])
        cls.__annotations__ = fields
        for key, value in ns.items():
            if key not in mcls._SKIP and key not in fields:
                setattr(cls, key, value)
        return cls


_NamedTuple = type.__new__(_NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    """Metaclass of TypedDict classes: really dict subclasses whose calls make dicts."""

    def __new__(mcls, name, bases, ns, total=True):
        cls = type.__new__(_TypedDictMeta, name, (dict,), ns)
        merged = {}
        for source in (*(b.__dict__ for b in bases), ns):
            merged.update(source.get('__annotations__', {}))
        cls.__annotations__, cls.__total__ = merged, total
        # which keys must be present: inherited sets, plus this body's keys by its total=
        required, optional = set(), set()
        for b in bases:
            required.update(b.__dict__.get('__required_keys__', ()))
            optional.update(b.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        (required if total else optional).update(own)
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        return cls

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    def __instancecheck__(cls, obj):
        cls.__subclasscheck__(type(obj))


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""
    ns = {'__annotations__': dict(kwargs if fields is None else fields)}
    module = _caller_module()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
