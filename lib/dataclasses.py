"""Data classes: the @dataclass decorator and its helpers, with the API and behaviour of
CPython 3.11's module of the same name (heapscope's own implementation).

The decorator reads the class's annotations into Field objects, then writes the requested
special methods (__init__, __repr__, __eq__, ordering, __hash__, frozen __setattr__ and
__delattr__) as Python source and compiles it, so tracebacks, argument errors and
introspection look like those of hand-written methods."""

import _thread
import abc
import copy
import keyword
import sys
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


# ---- markers -------------------------------------------------------------------------------

class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass instance."""


class _MISSING_TYPE:
    pass


class _KW_ONLY_TYPE:
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


MISSING = _MISSING_TYPE()          # "no value given" for default, default_factory, kw_only
KW_ONLY = _KW_ONLY_TYPE()          # annotation marking the following fields keyword-only
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()   # __init__ default of factory fields


class _FIELD_BASE:
    """The kind of a Field: a real field, a ClassVar or an InitVar pseudo-field."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_NO_METADATA = types.MappingProxyType({})


class InitVar:
    """Annotation for an __init__-only parameter passed on to __post_init__."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What the decorator knows about one annotated attribute; made by field()."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = (_NO_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only

    def __repr__(self):
        shown = [f'{attr}={getattr(self, attr)!r}' for attr in _FIELD_REPR_ORDER]
        shown.append(f'_field_type={self._field_type}')
        return 'Field(' + ','.join(shown) + ')'

    def __set_name__(self, owner, name):
        # The default value may itself want to know where it lives (a descriptor).
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)


_FIELD_REPR_ORDER = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                     'compare', 'metadata', 'kw_only')


class _DataclassParams:
    """The decorator's arguments, kept as __dataclass_params__."""
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        for attr, value in zip(self.__slots__, (init, repr, eq, order, unsafe_hash, frozen)):
            setattr(self, attr, value)

    def __repr__(self):
        inner = ','.join(f'{attr}={getattr(self, attr)!r}' for attr in self.__slots__)
        return f'_DataclassParams({inner})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe a dataclass field with options beyond a plain default value."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- reading the class's annotations ---------------------------------------------------------

def _is_classvar(tp, typing):
    return tp is typing.ClassVar or (type(tp) is typing._GenericAlias and
                                     tp.__origin__ is typing.ClassVar)


def _is_initvar(tp, home):
    return tp is home.InitVar or type(tp) is home.InitVar


def _is_kw_only(tp, home):
    return tp is home.KW_ONLY


_head_pattern = None


def _names_marker(text, cls, home, predicate):
    """Whether a string annotation such as 'ClassVar[int]' or 'dataclasses.InitVar' starts
    with a name that the class's module binds to the marker (names are looked up, never
    evaluated; a dotted prefix must be the module 'home' itself)."""
    global _head_pattern
    if _head_pattern is None:
        import re
        _head_pattern = re.compile(r'\s*(?:(\w+)\s*\.\s*)?(\w+)')
    found = _head_pattern.match(text)
    if not found:
        return False
    prefix, name = found.groups()
    module = sys.modules.get(cls.__module__)
    if prefix and not (module and module.__dict__.get(prefix) is home):
        return False
    return predicate(module.__dict__.get(name), home)


def _is_marker(tp, cls, home, predicate):
    if predicate(tp, home):
        return True
    return isinstance(tp, str) and _names_marker(tp, cls, home, predicate)


def _make_field(cls, name, tp, kw_only_default):
    """The Field for annotation 'name: tp' of cls, with its kind and options settled."""
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        if isinstance(value, types.MemberDescriptorType):
            value = MISSING    # a __slots__ entry, not a default
        f = field(default=value)
    f.name, f.type = name, tp
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if typing and _is_marker(tp, cls, typing, _is_classvar):
        f._field_type = _FIELD_CLASSVAR
    elif _is_marker(tp, cls, sys.modules[__name__], _is_initvar):
        f._field_type = _FIELD_INITVAR

    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    # Unhashable defaults (list, dict, set, ...) would be shared by every instance.
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} '
                         'is not allowed: use default_factory')
    return f


# ---- writing methods -------------------------------------------------------------------------

def _compile(name, params, body, module_globals, env=None, returns=MISSING):
    """Compile 'def name(params): body' in the class's module. The names in 'env' reach
    the function as closure variables of a factory that is called once. The factory is
    named __create_fn__ as in CPython: pprint looks for that name in a __repr__'s
    __qualname__ to tell a generated repr from a hand-written one."""
    env = dict(env or {})
    header = f'def {name}({",".join(params)})'
    if returns is not MISSING:
        env['__dataclass_return_type__'] = returns
        header += '->__dataclass_return_type__'
    lines = [f'def __create_fn__({", ".join(env)}):', f'  {header}:']
    lines += ['   ' + line for line in body]
    lines.append(f'  return {name}')
    scope = {}
    exec('\n'.join(lines), module_globals, scope)
    return scope['__create_fn__'](**env)


def _attr_tuple(owner, flds):
    """Source of a tuple expression of owner's attributes: '(self.a,self.b,)'."""
    if not flds:
        return '()'
    return '(' + ''.join(f'{owner}.{f.name},' for f in flds) + ')'


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _init_value(f, env, slots):
    """The expression __init__ stores into field f, or None when it stores nothing (the
    class attribute supplies the value). Registers the default objects it needs in env."""
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        env[default_name] = f.default_factory
        if not f.init:
            return f'{default_name}()'
        return (f'{default_name}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                f'else {f.name}')
    if f.init:
        if f.default is not MISSING:
            env[default_name] = f.default
        return f.name
    if slots and f.default is not MISSING:
        env[default_name] = f.default    # slots leave no class attribute to fall back on
        return default_name
    return None


def _init_param(f):
    text = f'{f.name}:__dataclass_type_{f.name}__'
    if f.default is not MISSING:
        return text + f'=__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        return text + '=__dataclass_HAS_DEFAULT_FACTORY__'
    return text


def _build_init(init_fields, positional, keyword, frozen, post_init, me, module_globals,
                slots):
    defaulted = False
    for f in positional:
        if _has_default(f):
            defaulted = True
        elif defaulted:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    env = {f'__dataclass_type_{f.name}__': f.type for f in init_fields}
    env['__dataclass_HAS_DEFAULT_FACTORY__'] = _HAS_DEFAULT_FACTORY
    env['__dataclass_builtins_object__'] = object
    body = []
    for f in init_fields:
        value = _init_value(f, env, slots)
        if value is None or f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__({me},{f.name!r},{value})')
        else:
            body.append(f'{me}.{f.name}={value}')
    if post_init:
        passed = ','.join(f.name for f in init_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{me}.__post_init__({passed})')
    params = [me] + [_init_param(f) for f in positional]
    if keyword:
        params += ['*'] + [_init_param(f) for f in keyword]
    return _compile('__init__', params, body or ['pass'], module_globals, env,
                    returns=None)


def _guard_recursion(method):
    """Wrap a __repr__ so that an object met again inside its own repr shows as '...'."""
    active = set()

    def __repr__(self):
        key = (id(self), _thread.get_ident())
        if key in active:
            return '...'
        active.add(key)
        try:
            return method(self)
        finally:
            active.discard(key)
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        setattr(__repr__, attr, getattr(method, attr))
    __repr__.__dict__.update(method.__dict__)
    __repr__.__wrapped__ = method
    return __repr__


def _build_repr(flds, module_globals):
    shown = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    body = [f'return self.__class__.__qualname__ + f"({shown})"']
    return _guard_recursion(_compile('__repr__', ['self'], body, module_globals))


def _build_comparison(name, op, flds, module_globals):
    body = ['if other.__class__ is self.__class__:',
            f' return {_attr_tuple("self", flds)}{op}{_attr_tuple("other", flds)}',
            'return NotImplemented']
    return _compile(name, ['self', 'other'], body, module_globals)


def _build_hash(flds, module_globals):
    return _compile('__hash__', ['self'], [f'return hash({_attr_tuple("self", flds)})'],
                    module_globals)


def _build_frozen_guards(cls, flds, module_globals):
    test = 'type(self) is cls'
    if flds:
        test += ' or name in {' + ', '.join(repr(f.name) for f in flds) + '}'
    env = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    setter = _compile('__setattr__', ['self', 'name', 'value'],
                      [f'if {test}:',
                       ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                       'super(cls, self).__setattr__(name, value)'],
                      module_globals, env)
    deleter = _compile('__delattr__', ['self', 'name'],
                       [f'if {test}:',
                        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                        'super(cls, self).__delattr__(name)'],
                       module_globals, env)
    return setter, deleter


def _name_method(cls, func):
    if isinstance(func, types.FunctionType):
        func.__qualname__ = f'{cls.__qualname__}.{func.__name__}'
    return func


def _install(cls, name, value):
    """Add a generated attribute unless the class body defined one; True if it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, _name_method(cls, value))
    return False


# ---- the signature text used as a default __doc__ ---------------------------------------------

def _show_annotation(tp):
    if getattr(tp, '__module__', None) == 'typing':
        import re
        return re.sub(r'[\w.]+', lambda m: m.group().removeprefix('typing.'), repr(tp))
    if isinstance(tp, types.GenericAlias):
        return str(tp)
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return f'{tp.__module__}.{tp.__qualname__}'
    return repr(tp)


def _call_signature(cls):
    """The text str(inspect.signature(cls)) gives in the usual cases: the parameters after
    the first of the first Python-level __new__ or __init__ found along the MRO; '()' for
    a class that has object's; '' when it cannot be worked out."""
    for klass in cls.__mro__:
        for name in ('__new__', '__init__'):
            if name in klass.__dict__:
                method = getattr(cls, name)
                if isinstance(method, types.FunctionType):
                    try:
                        return _parameters_text(method)
                    except (TypeError, ValueError, IndexError):
                        return ''
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return '()'
    return ''


def _parameters_text(init):
    """'(a, b: int = 1, *, c)' for a function, leaving out its first parameter."""
    code = init.__code__
    notes = getattr(init, '__annotations__', None) or {}
    defaults = init.__defaults__ or ()
    kw_defaults = init.__kwdefaults__ or {}
    names = code.co_varnames
    npos, nkw = code.co_argcount, code.co_kwonlyargcount

    def describe(name, stars='', default=MISSING):
        text = stars + name
        if name in notes:
            text += ': ' + _show_annotation(notes[name])
        if default is not MISSING:
            text += (' = ' if name in notes else '=') + repr(default)
        return text

    first_default = npos - len(defaults)
    positional = [(i < code.co_posonlyargcount,
                   describe(names[i], default=defaults[i - first_default]
                            if i >= first_default else MISSING))
                  for i in range(npos)][1:]
    parts = [text for posonly, text in positional if posonly]
    if parts:
        parts.append('/')
    parts += [text for posonly, text in positional if not posonly]
    rest = npos + nkw
    if code.co_flags & 0x04:
        parts.append(describe(names[rest], '*'))
        rest += 1
    elif nkw:
        parts.append('*')
    parts += [describe(name, default=kw_defaults.get(name, MISSING))
              for name in names[npos:npos + nkw]]
    if code.co_flags & 0x08:
        parts.append(describe(names[rest], '**'))
    text = '(' + ', '.join(parts) + ')'
    if 'return' in notes:
        text += ' -> ' + _show_annotation(notes['return'])
    return text.replace(' -> None', '')


# ---- slots -----------------------------------------------------------------------------------

def _declared_slots(klass):
    slots = klass.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):   # an iterator has been (partly) used up already
        raise TypeError(f"Slots of '{klass.__name__}' cannot be determined")
    return slots


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


_frozen_getstate.__name__ = _frozen_getstate.__qualname__ = '_dataclass_getstate'
_frozen_setstate.__name__ = _frozen_setstate.__qualname__ = '_dataclass_setstate'


def _with_slots(cls, frozen, weakref_slot):
    """A copy of cls with __slots__ for its fields (a class's slots are fixed when it is
    created, so the class is made again from its namespace)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for klass in cls.__mro__[1:-1]:
        inherited.update(_declared_slots(klass))
    wanted = names + (('__weakref__',) if weakref_slot else ())
    namespace = dict(cls.__dict__)
    namespace['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in names + ('__dict__', '__weakref__'):
        namespace.pop(name, None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        cls.__qualname__ = qualname
    if frozen:
        # lets frozen instances be pickled and copied
        if '__getstate__' not in namespace:
            cls.__getstate__ = _frozen_getstate
        if '__setstate__' not in namespace:
            cls.__setstate__ = _frozen_setstate
    return cls


# ---- the decorator ---------------------------------------------------------------------------

def _hash_plan(unsafe_hash, eq, frozen, explicit, class_name):
    """'add' a generated __hash__, set it to 'none', or 'keep' what the class has."""
    if explicit:
        if unsafe_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {class_name}')
        return 'keep'
    if unsafe_hash or (eq and frozen):
        return 'add'
    return 'none' if eq else 'keep'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    module = sys.modules.get(cls.__module__)
    module_globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Fields of dataclass bases come first, the most basic class first.
    all_fields = {}
    dataclass_bases = frozen_bases = False
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS, None)
        if inherited is None:
            continue
        dataclass_bases = True
        all_fields.update((f.name, f) for f in inherited.values())
        frozen_bases = frozen_bases or bool(getattr(base, _PARAMS).frozen)

    annotations = cls.__dict__.get('__annotations__', {})
    home = sys.modules[__name__]
    own = []
    marker_seen = False
    for name, tp in annotations.items():
        if _is_marker(tp, cls, home, _is_kw_only):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            marker_seen = kw_only = True
        else:
            own.append(_make_field(cls, name, tp, kw_only))
    for f in own:
        all_fields[f.name] = f
        # A field(...) object in the class body gives way to the plain default, if any.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if dataclass_bases and frozen_bases != bool(frozen):
        if frozen_bases:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, all_fields)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = not (own_hash is MISSING or
                         (own_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values()
                   if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    if init:
        me = '__dataclass_self__' if 'self' in all_fields else 'self'
        _install(cls, '__init__',
                 _build_init(init_fields, positional, keyword_only, frozen,
                             hasattr(cls, '__post_init__'), me, module_globals, slots))

    real = [f for f in all_fields.values() if f._field_type is _FIELD]
    compared = [f for f in real if f.compare]
    if repr:
        _install(cls, '__repr__', _build_repr([f for f in real if f.repr], module_globals))
    if eq:
        _install(cls, '__eq__', _build_comparison('__eq__', '==', compared, module_globals))
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')):
            if _install(cls, name, _build_comparison(name, op, compared, module_globals)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        for guard in _build_frozen_guards(cls, real, module_globals):
            if _install(cls, guard.__name__, guard):
                raise TypeError(f'Cannot overwrite attribute {guard.__name__} '
                                f'in class {cls.__name__}')

    plan = _hash_plan(bool(unsafe_hash), bool(eq), bool(frozen), explicit_hash, cls.__name__)
    if plan == 'add':
        hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _name_method(cls, _build_hash(hashed, module_globals))
    elif plan == 'none':
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _call_signature(cls)
    if match_args:
        _install(cls, '__match_args__', tuple(f.name for f in positional))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    abc.update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Turn the annotated attributes of a class into fields and add the special methods
    that the flags ask for. Usable bare (@dataclass) or with arguments."""
    def wrap(klass):
        return _process_class(klass, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    return wrap if cls is None else wrap(cls)


# ---- working with dataclasses ----------------------------------------------------------------

def fields(class_or_instance):
    """The real fields (no ClassVar or InitVar) of a dataclass or instance, in order."""
    try:
        table = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in table.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass and for an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def _unpack(obj, pack):
    """Copy obj, turning dataclass instances (also inside lists, tuples, named tuples and
    dicts) into pack(instance, [(field name, converted value), ...])."""
    if _is_dataclass_instance(obj):
        return pack([(f.name, _unpack(getattr(obj, f.name), pack)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_unpack(item, pack) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_unpack(item, pack) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_unpack(k, pack), _unpack(v, pack)) for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict (recursively; values are copies)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _unpack(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple (recursively; values are
    copies)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _unpack(obj, lambda pairs: tuple_factory([value for _, value in pairs]))


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Create a dataclass named cls_name. Each item of 'fields' is a name, a (name, type)
    pair or a (name, type, Field or default) triple; a bare name has type 'typing.Any'."""
    annotations, values = {}, {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, values[item[0]] = item
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = tp

    def fill(ns):
        ns.update(namespace or {})
        ns.update(values)
        ns['__annotations__'] = annotations
    # types.new_class, not type(): generic bases are resolved as in a class statement
    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's class, with the fields in 'changes' set to new values and
    every other __init__ field copied from obj."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot '
                                 'be specified with replace()')
        elif f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
