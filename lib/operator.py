"""The `operator` module: Python's operators as ordinary functions.

heapscope has no C accelerator (_operator), so every callable here is plain Python. The
functions are deliberately one-liners; their docstrings are attached from tables further
down so that each entry reads the way CPython's help() shows it.
"""

from builtins import abs as _builtin_abs

# --- comparisons and truth ------------------------------------------------------------------

def lt(a, b, /): return a < b
def le(a, b, /): return a <= b
def eq(a, b, /): return a == b
def ne(a, b, /): return a != b
def ge(a, b, /): return a >= b
def gt(a, b, /): return a > b
def not_(a, /): return not a
def truth(a, /): return bool(a)
def is_(a, b, /): return a is b
def is_not(a, b, /): return a is not b

# --- arithmetic and bitwise -----------------------------------------------------------------

def abs(a, /): return _builtin_abs(a)
def add(a, b, /): return a + b
def sub(a, b, /): return a - b
def mul(a, b, /): return a * b
def matmul(a, b, /): return a @ b
def truediv(a, b, /): return a / b
def floordiv(a, b, /): return a // b
def mod(a, b, /): return a % b
def pow(a, b, /): return a ** b
def neg(a, /): return -a
def pos(a, /): return +a
def inv(a, /): return ~a
def invert(a, /): return ~a
def and_(a, b, /): return a & b
def or_(a, b, /): return a | b
def xor(a, b, /): return a ^ b
def lshift(a, b, /): return a << b
def rshift(a, b, /): return a >> b


def index(a, /):
    # range() runs the __index__ protocol and raises CPython's TypeError for non-integers.
    return range(a).stop


# --- in-place forms: the augmented assignment, then hand back the (possibly new) object -----

def iadd(a, b, /):
    a += b; return a
def isub(a, b, /):
    a -= b; return a
def imul(a, b, /):
    a *= b; return a
def imatmul(a, b, /):
    a @= b; return a
def itruediv(a, b, /):
    a /= b; return a
def ifloordiv(a, b, /):
    a //= b; return a
def imod(a, b, /):
    a %= b; return a
def ipow(a, b, /):
    a **= b; return a
def iand(a, b, /):
    a &= b; return a
def ior(a, b, /):
    a |= b; return a
def ixor(a, b, /):
    a ^= b; return a
def ilshift(a, b, /):
    a <<= b; return a
def irshift(a, b, /):
    a >>= b; return a


# --- sequences and containers ---------------------------------------------------------------

def _require_sequence(obj):
    # Mirrors PySequence_Check: something indexable that is not a mapping (dict).
    if isinstance(obj, dict) or not hasattr(type(obj), '__getitem__'):
        raise TypeError(f"'{type(obj).__name__}' object can't be concatenated")


def concat(a, b, /):
    _require_sequence(a)
    return a + b


def iconcat(a, b, /):
    _require_sequence(a)
    a += b
    return a


def contains(a, b, /): return b in a
def getitem(a, b, /): return a[b]


def setitem(a, b, c, /):
    a[b] = c


def delitem(a, b, /):
    del a[b]


def _iterate(seq):
    # The C helpers word a non-iterable argument differently from a for loop.
    try:
        return iter(seq)
    except TypeError:
        raise TypeError(f"argument of type '{type(seq).__name__}' is not iterable") from None


def countOf(a, b, /):
    return sum(1 for item in _iterate(a) if item is b or item == b)


def indexOf(a, b, /):
    for position, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0, /):
    """Return an estimate of the number of items in obj (len() when it has one).

    Useful for presizing containers when building from an iterable; a __length_hint__
    that fails with TypeError or returns NotImplemented gives the default."""
    default = _ssize(default)
    cls = type(obj)
    if hasattr(cls, '__len__'):
        try:
            return len(obj)
        except TypeError:
            pass
    hook = getattr(cls, '__length_hint__', None)
    if hook is None:
        return default
    try:
        guess = hook(obj)
    except TypeError:
        return default
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        raise TypeError('__length_hint__ must be an integer, not ' + type(guess).__name__)
    guess = _ssize(guess)
    if guess < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return guess


def _ssize(value):
    # a C Py_ssize_t argument or result: __index__, then the range check
    value = index(value)
    if not -(1 << 63) <= value < (1 << 63):
        raise OverflowError('Python int too large to convert to C ssize_t')
    return value


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


# --- docstrings -----------------------------------------------------------------------------

def _attach_docs():
    space = globals()
    infix = {'lt': '<', 'le': '<=', 'eq': '==', 'ne': '!=', 'ge': '>=', 'gt': '>',
             'is_': 'is', 'is_not': 'is not', 'add': '+', 'sub': '-', 'mul': '*',
             'matmul': '@', 'truediv': '/', 'floordiv': '//', 'mod': '%', 'pow': '**',
             'and_': '&', 'or_': '|', 'xor': '^', 'lshift': '<<', 'rshift': '>>'}
    for name, symbol in infix.items():
        space[name].__doc__ = f'Same as a {symbol} b.'
        augmented = 'i' + name.rstrip('_')
        if augmented in space:
            space[augmented].__doc__ = f'Same as a {symbol}= b.'
    for name, expr in (('neg', '-a'), ('pos', '+a'), ('inv', '~a'), ('invert', '~a'),
                       ('not_', 'not a'), ('abs', 'abs(a)'), ('index', 'a.__index__()'),
                       ('getitem', 'a[b]'), ('setitem', 'a[b] = c'), ('delitem', 'del a[b]'),
                       ('call', 'obj(*args, **kwargs)')):
        space[name].__doc__ = f'Same as {expr}.'
    truth.__doc__ = 'Return True if a is true, False otherwise.'
    concat.__doc__ = 'Same as a + b, for a and b sequences.'
    iconcat.__doc__ = 'Same as a += b, for a and b sequences.'
    contains.__doc__ = 'Same as b in a (note reversed operands).'
    countOf.__doc__ = 'Return the number of items in a which are, or which equal, b.'
    indexOf.__doc__ = 'Return the first index of b in a.'


_attach_docs()
index.__doc__ = 'Same as a.__index__()'     # CPython's text has no final period here


# --- callable helper objects ----------------------------------------------------------------

def _no_subclassing(cls):
    def __init_subclass__(sub, **kwargs):
        raise TypeError(f"type 'operator.{cls.__name__}' is not an acceptable base type")
    cls.__init_subclass__ = classmethod(__init_subclass__)
    return cls


def _one_operand(kind, args):
    if len(args) != 1:
        raise TypeError(f'{kind} expected 1 argument, got {len(args)}')
    return args[0]


def _dotted_lookup(path):
    steps = path.split('.')
    if len(steps) == 1:
        return lambda obj: getattr(obj, path)

    def walk(obj):
        for step in steps:
            obj = getattr(obj, step)
        return obj
    return walk


@_no_subclassing
class attrgetter:
    """attrgetter(attr, ...): a callable fetching the named (possibly dotted) attribute(s)
    of its operand; with several names it returns a tuple."""
    __slots__ = ('_names', '_fetch')

    def __init__(*args):
        if len(args) < 2:
            raise TypeError(f'attrgetter expected 1 argument, got {len(args) - 1}')
        self, names = args[0], args[1:]
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        lookups = [_dotted_lookup(name) for name in names]
        if len(lookups) == 1:
            self._fetch = lookups[0]
        else:
            self._fetch = lambda obj: tuple([get(obj) for get in lookups])
        self._names = names

    def __call__(self, /, *args):
        return self._fetch(_one_operand('attrgetter', args))

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._names))

    def __reduce__(self):
        return type(self), self._names


@_no_subclassing
class itemgetter:
    """itemgetter(item, ...): a callable returning operand[item]; with several items it
    returns a tuple of them."""
    __slots__ = ('_keys', '_fetch')

    def __init__(*args):
        if len(args) < 2:
            raise TypeError(f'itemgetter expected 1 argument, got {len(args) - 1}')
        self, keys = args[0], args[1:]
        if len(keys) == 1:
            key = keys[0]
            self._fetch = lambda obj: obj[key]
        else:
            self._fetch = lambda obj: tuple([obj[k] for k in keys])
        self._keys = keys

    def __call__(self, /, *args):
        return self._fetch(_one_operand('itemgetter', args))

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._keys))

    def __reduce__(self):
        return type(self), self._keys


@_no_subclassing
class methodcaller:
    """methodcaller(name, /, *args, **kwargs): a callable that calls
    operand.name(*args, **kwargs)."""
    __slots__ = ('_method', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, method = args[0], args[1]
        if not isinstance(method, str):
            raise TypeError('method name must be a string')
        self._method = method
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, /, *args):
        target = _one_operand('methodcaller', args)
        return getattr(target, self._method)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._method)]
        parts += [repr(arg) for arg in self._args]
        parts += [f'{key}={value!r}' for key, value in self._kwargs.items()]
        return 'operator.methodcaller(%s)' % ', '.join(parts)

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._method,) + self._args
        from functools import partial
        return partial(type(self), self._method, **self._kwargs), self._args


# --- the __dunder__ spellings ---------------------------------------------------------------

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat',
           'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'indexOf', 'inv',
           'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub', 'itemgetter',
           'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller',
           'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub',
           'truediv', 'truth', 'xor']

# Most functions are also reachable as __name__ (not_/and_/or_ lose their underscore);
# truth, is_, is_not, countOf, indexOf, length_hint and the classes are not.
for _name in __all__:
    if _name not in ('truth', 'is_', 'is_not', 'countOf', 'indexOf', 'length_hint',
                     'attrgetter', 'itemgetter', 'methodcaller'):
        globals()['__%s__' % _name.rstrip('_')] = globals()[_name]
del _name
