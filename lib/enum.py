"""Enumerations (CPython 3.11: Lib/enum.py). heapscope's own, smaller implementation of the
everyday API: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta/EnumType,
with 3.11's reprs and str()s. Not here: boundary handling of Flag (STRICT/CONFORM/...),
_ignore_, functional API's module/qualname/type arguments beyond the basics."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'unique', 'verify', 'member', 'nonmember']

import sys


class _Unset:
    """The value of an auto() still waiting for _generate_next_value_."""
    __repr__ = lambda self: '_auto_null'


_auto_null = _Unset()


class _Marker:
    # wraps a value in a class body: auto(), member(), nonmember()
    def __init__(self, value=_auto_null):
        self.value = value


class auto(_Marker):
    """Instances are replaced with an appropriate value in Enum class suites."""
    __repr__ = lambda self: 'auto(%r)' % (self.value,)


class member(_Marker):
    """Forces an item to become an Enum member."""
    __init__ = lambda self, value: _Marker.__init__(self, value)


class nonmember(_Marker):
    """Protects an item from becoming an Enum member."""
    __init__ = lambda self, value: _Marker.__init__(self, value)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and
            name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and
            name[-2:-1] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern)


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


class _EnumDict(dict):
    """Tracks member names in definition order and refuses to reuse them."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key == '_generate_next_value_':
                self._generate_next_value = value
                if isinstance(value, staticmethod):
                    self._generate_next_value = value.__func__
            elif key not in ('_order_', '_missing_', '_ignore_', '_numeric_repr_',
                             '_iter_member_', '_iter_member_by_value_',
                             '_iter_member_by_def_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum '
                                 'use' % (key,))
        elif _is_dunder(key):
            key = '_order_' if key == '__order__' else key   # the old spelling
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    gnv = self._generate_next_value or Enum._generate_next_value_.__func__
                    value.value = gnv(key, 1, len(self._member_names),
                                      self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(v.value if isinstance(v, auto) else v for v in value)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _one_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        for base in bases:
            gnv = getattr(base, '_generate_next_value_', None)
            if gnv is not None and hasattr(base, '_member_map_'):
                enum_dict._generate_next_value = gnv
                break
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(getattr(classdict, '_member_names', {}))
        populated = [k for chain in bases for k in chain.__mro__
                     if isinstance(k, EnumType) and k._member_names_]
        if populated:   # an enum with members is final
            raise TypeError("<enum %r> cannot extend %r" % (cls, populated[0]))
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        bad_names = [n for n in ('mro', '') if n in member_names]
        if bad_names:
            raise ValueError('invalid enum member name(s) %s'
                             % ','.join(repr(n) for n in bad_names))
        members = {name: classdict[name] for name in member_names}
        body = {k: v for k, v in classdict.items() if k not in members}
        order = body.pop('_order_', None)
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        new = None
        if first_enum is not None and '__new__' in body:
            new = body.pop('__new__')  # it makes the members; Enum.__new__ looks them up
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_member_type_'] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if new is None:
            new = metacls._find_new_(member_type, first_enum)
        if isinstance(new, staticmethod):
            new = new.__func__
        type.__setattr__(enum_class, '_new_member_', new)
        if Enum is not None:
            # members are looked up, never made, by calling the class
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        # the mixed-in type's repr/str/format must not hide the Enum's (CPython does this too)
        if first_enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    enum_method = getattr(first_enum, name)
                    found_method = getattr(enum_class, name)
                    if found_method is getattr(member_type, name) or \
                            found_method is getattr(object, name):
                        type.__setattr__(enum_class, name, enum_method)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        for name in member_names:
            value = members[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if new is object.__new__:
                enum_member = object.__new__(enum_class)
            else:
                enum_member = new(enum_class, *args)
            if not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    try:
                        enum_member._value_ = member_type(*args)
                    except Exception:
                        enum_member._value_ = value
            value = enum_member._value_
            enum_member._name_ = name
            enum_member.__objclass__ = enum_class
            enum_member.__init__(*args)
            enum_member._sort_order_ = len(enum_class._member_names_)
            canonical = None
            try:
                canonical = enum_class._value2member_map_[value]
            except (KeyError, TypeError):
                for m in enum_class._member_map_.values():
                    if m._value_ == value:
                        canonical = m
                        break
            if canonical is not None:
                enum_member = canonical   # an alias
            elif not is_flag or (isinstance(value, int) and value and
                                 not value & (value - 1)):
                # flags list only their single bits; 0 and combinations are aliases
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = enum_member
            try:
                enum_class._value2member_map_.setdefault(value, enum_member)
            except TypeError:
                pass
            if not any(isinstance(klass.__dict__.get(name), property)
                       for klass in enum_class.__mro__[1:]):
                # an enum property of that name (e.g. 'name', 'value') stays in charge: it
                # gives the member when read on the class
                type.__setattr__(enum_class, name, enum_member)
        if is_flag:
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                       '__invert__'):
                if op not in classdict:  # before int's, for IntFlag
                    type.__setattr__(enum_class, op, Flag.__dict__[op])
            single = 0
            for m in enum_class._member_map_.values():
                if isinstance(m._value_, int) and m._value_ & (m._value_ - 1) == 0:
                    single |= m._value_
            enum_class._flag_mask_ = single
            enum_class._all_bits_ = 2 ** single.bit_length() - 1
        if order:
            # _order_ lists the canonical members (a Flag's single bits only) in order
            listed = [n for n in order
                      if n not in enum_class._member_map_
                      or (n in enum_class._member_names_
                          and (not is_flag or _one_bit(enum_class._member_map_[n]._value_)))]
            if listed != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, listed))
        return enum_class

    @classmethod
    def _find_new_(metacls, member_type, first_enum):
        """The function that makes the members (CPython: EnumType._find_new_)."""
        skip = [None, object.__new__]
        if Enum is not None:
            skip.append(Enum.__dict__['__new__'].__func__
                        if isinstance(Enum.__dict__['__new__'], staticmethod)
                        else Enum.__dict__['__new__'])
        for method in ('_new_member_', '__new__'):
            for possible in (member_type, first_enum):
                if possible is None:
                    continue
                target = getattr(possible, method, None)
                if not any(target is t for t in skip):
                    return target
        return object.__new__

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, None
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                member_type = base
                break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        """The functional API: Enum('Name', 'A B C'), Enum('Name', [('A', 1)]), ..."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        body = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):   # 'A B C' or 'A, B, C'
            names = names.replace(',', ' ').split()
        if isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
            # bare names: the values come from _generate_next_value_
            generated = []
            for position, label in enumerate(names):
                generated.append(cls._generate_next_value_(label, start, position,
                                                           generated[:]))
            names = list(zip(names, generated))
        # now a mapping of name -> value, or an iterable of (name, value) pairs
        for entry in names:
            key, val = (entry, names[entry]) if isinstance(entry, str) else entry
            body[key] = val
        if module is None:   # the caller of Enum(...)
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = None
        for attr, setting in (('__module__', module), ('__qualname__', qualname)):
            if setting is not None:
                body[attr] = setting
        return metacls.__new__(metacls, class_name, bases, body)

    def __bool__(cls):
        return True

    def __getattr__(cls, name):
        # reached only when normal lookup failed: a member of that name, else 3.11's bare
        # AttributeError(name)
        if not (len(name) > 4 and name[:2] == name[-2:] == '__'):
            member = cls._member_map_.get(name)
            if member is not None:
                return member
        raise AttributeError(name)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            # 3.11: a TypeError, announced to become a value test in 3.12
            import warnings
            warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will "
                          "return True or\nFalse depending on whether the value is a member "
                          "or the value of a member", DeprecationWarning, stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__',
                           '__iter__', '__len__', '__members__', '__module__', '__name__',
                           '__qualname__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name, ))
        super().__setattr__(name, value)


EnumMeta = EnumType
Flag = None
Enum = None


class property:
    """enum.property: a property of the members that, read on the enum class itself,
    gives the member of the same name (so members may be called 'name' or 'value')."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        if doc is None and fget is not None:
            doc = getattr(fget, '__doc__', None)
        self.__doc__ = doc
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))
        self.name = self.clsname = None

    def __set_name__(self, ownerclass, name):
        self.name, self.clsname = name, ownerclass.__name__

    def _member(self, ownerclass):
        try:
            return ownerclass._member_map_[self.name]
        except KeyError:
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None

    def __get__(self, instance, ownerclass=None):
        if instance is None or self.fget is None:
            return self._member(ownerclass if ownerclass is not None else type(instance))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        self.fdel(instance)

    def _copy_with(self, **changes):
        parts = dict(fget=self.fget, fset=self.fset, fdel=self.fdel,
                     doc=None if self.overwrite_doc else self.__doc__)
        parts.update(changes)
        made = type(self)(**parts)
        made.name, made.clsname = self.name, self.clsname
        return made

    def getter(self, fget):
        return self._copy_with(fget=fget)

    def setter(self, fset):
        return self._copy_with(fset=fset)

    def deleter(self, fdel):
        return self._copy_with(fdel=fdel)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        # Calling an enum class looks a member up by value; it never makes one.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:   # unhashable value: compare with every member
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        # not found: the class's _missing_ hook gets a chance
        problem = None
        try:
            found = cls._missing_(value)
        except Exception as e:
            problem, found = e, None
        if isinstance(found, cls):
            return found
        invalid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if problem is None and found is None:
            raise invalid
        if problem is None:
            problem = TypeError('error in %s._missing_: returned %r instead of None or a '
                                'valid member' % (cls.__name__, found))
        if not isinstance(problem, ValueError):
            problem.__context__ = invalid
        try:
            raise problem
        finally:
            del problem, invalid   # no reference cycle through the traceback

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # auto(): one more than the largest value so far (start for the first member)
        if not last_values:
            return start
        try:
            newest = last_values[-1]
            last_values.sort()   # in place, as 3.11 does
            if not newest == last_values[-1]:
                raise TypeError   # values not ascending: fall back to the old rule
            return newest + 1
        except TypeError:
            import warnings
            warnings.warn("In 3.13 the default `auto()`/`_generate_next_value_` will require "
                          "all values to be sortable and support adding +1\nand the value "
                          "returned will be the largest value in the enum incremented by 1",
                          DeprecationWarning, stacklevel=3)
            # the old rule: one more than the latest value that supports it
            for earlier in reversed(last_values):
                try:
                    return earlier + 1
                except TypeError:
                    continue
            return start

    @classmethod
    def _missing_(cls, value):
        return None   # no fallback: the lookup fails with ValueError

    def _shown_value(self):
        shower = getattr(type(self), '_value_repr_', None)
        if shower is None:
            mixed = self._member_type_
            shower = repr if mixed is object else mixed.__repr__
        return shower(self._value_)

    def __repr__(self):
        return "<%s.%s: %s>" % (type(self).__name__, self._name_, self._shown_value())

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __dir__(self):
        # the standard attributes, public properties of the class chain, and the
        # member's own public attributes
        listed = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name',
                  'value'}
        for klass in type(self).mro():
            listed.update(key for key, attr in klass.__dict__.items()
                          if not key.startswith('_') and isinstance(attr, property))
        listed.update(key for key in getattr(self, '__dict__', {}) if not key.startswith('_'))
        return sorted(listed)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)   # as str(), padded/aligned

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self   # members are singletons

    def __deepcopy__(self, memo):
        return self

    name = property(lambda self: self._name_, doc="The name of the Enum member.")
    value = property(lambda self: self._value_, doc="The value of the Enum member.")


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)   # errors name the enum's type


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        # the member's value is str(*values), i.e. a string or (bytes, encoding[, errors])
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        checks = (('%r is not a string', len(values) == 1),
                  ('encoding must be a string, not %r', True),
                  ('errors must be a string, not %r', True))
        for arg, (message, applies) in zip(values, checks):
            if applies and not isinstance(arg, str):
                raise TypeError(message % (arg,))
        text = str(*values)
        obj = str.__new__(cls, text)
        obj._value_ = text
        return obj

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(self, format_spec)   # errors name the enum's type

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags"""

    _numeric_repr_ = repr   # how bits without a member are written in a name

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # auto(): the next power of two above the largest value so far
        if count == 0:
            return 1 if start is None else start
        top = max(last_values)
        try:
            return 2 ** top.bit_length()
        except Exception:
            raise TypeError('invalid flag value %r' % top) from None

    @classmethod
    def _missing_(cls, value):
        # a combination of flags without a name of its own: made once, then cached
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        combo = cls._value2member_map_.get(value)
        if combo is not None:
            return combo
        given = value
        if value < 0:
            # a negative value stands for its two's complement over the flag's bits (widened
            # when it needs more bits than the members use)
            span = cls._all_bits_ + 1
            if value < -span:
                span = max(span, 2 ** value.bit_length())
            value += span
            combo = cls._value2member_map_.get(value)
            if combo is not None:
                return cls._value2member_map_.setdefault(given, combo)
        mixed = cls._member_type_
        combo = object.__new__(cls) if mixed is object else mixed.__new__(cls, value)
        combo._value_ = value
        parts = list(cls._iter_flags(value))
        if parts:
            covered = 0
            for m in parts:
                covered |= m._value_
            name = '|'.join(m._name_ for m in parts)
            rest = value & ~covered
            if rest:   # bits no member names are shown as a number
                name += '|' + cls._numeric_repr_(rest)
            combo._name_ = name
        else:
            combo._name_ = None
        combo = cls._value2member_map_.setdefault(value, combo)
        if given != value:
            cls._value2member_map_[given] = combo
        return combo

    @classmethod
    def _iter_flags(cls, value):
        # the single-bit members whose bit is set in value, in definition order
        for name in cls._member_names_:
            bit = cls._member_map_[name]._value_
            if bit and not bit & (bit - 1) and value & bit == bit:
                yield cls._member_map_[name]

    def __iter__(self):
        return iter(list(type(self)._iter_flags(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if isinstance(other, type(self)):
            return self._value_ & other._value_ == other._value_
        raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                        % (type(other).__qualname__, type(self).__qualname__))

    def __repr__(self):
        label = type(self).__name__
        if self._name_ is not None:
            label += '.' + self._name_
        mixed = self._member_type_
        return "<%s: %s>" % (label, (repr if mixed is object else mixed.__repr__)(self._value_))

    def __str__(self):
        if self._name_ is None:   # nothing set: Color(0)
            return '%s(%r)' % (type(self).__name__, self._value_)
        return type(self).__name__ + '.' + self._name_

    def __bool__(self):
        return bool(self._value_)   # the empty flag is false

    def _operand_bits(self, other):
        """other's bits if it can be combined with this flag, else None."""
        if isinstance(other, type(self)):
            return other._value_
        mixed = self._member_type_
        if mixed is not object and isinstance(other, mixed):
            return other
        return None

    def __or__(self, other):
        bits = self._operand_bits(other)
        return NotImplemented if bits is None else type(self)(self._value_ | bits)

    def __and__(self, other):
        bits = self._operand_bits(other)
        return NotImplemented if bits is None else type(self)(self._value_ & bits)

    def __xor__(self, other):
        bits = self._operand_bits(other)
        return NotImplemented if bits is None else type(self)(self._value_ ^ bits)

    def __invert__(self):
        return type(self)(~self._value_ & self._flag_mask_)

    __ror__, __rand__, __rxor__ = __or__, __and__, __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)   # errors name the enum's type


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    aliases = ['%s -> %s' % (alias, m.name)
               for alias, m in enumeration.__members__.items() if alias != m.name]
    if aliases:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join(aliases)))
    return enumeration


def verify(*checks):
    """Accepted for compatibility; the checks are not run."""
    return lambda enumeration: enumeration
