# The `re` module: heapscope's own code after CPython 3.11's Lib/re/__init__.py. Patterns
# are parsed by _re_parser.py, compiled by _re_compiler.py into an `_sre` program, and run by
# the C engine (src/modules/sre_engine.c). Pattern and Match are Python classes here (C types
# in CPython) whose names print as re.Pattern and re.Match. See docs/internals/re.md.

import _sre
import _re_parser
import _re_compiler
import enum
import types as _types

_MappingProxy = _types.MappingProxyType

error = _re_parser.error

# the public names, in CPython's order: functions, types, then the flags
__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match",
           "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE",
           "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]
__version__ = "2.2.1"

_FLAG_ORDER = ['ASCII', 'IGNORECASE', 'LOCALE', 'UNICODE', 'MULTILINE', 'DOTALL',
               'VERBOSE', 'TEMPLATE', 'DEBUG']


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = _re_parser.ASCII
    IGNORECASE = I = _re_parser.IGNORECASE
    LOCALE = L = _re_parser.LOCALE
    UNICODE = U = _re_parser.UNICODE
    MULTILINE = M = _re_parser.MULTILINE
    DOTALL = S = _re_parser.DOTALL
    VERBOSE = X = _re_parser.VERBOSE
    TEMPLATE = T = _re_parser.TEMPLATE
    DEBUG = _re_parser.DEBUG

    def __repr__(self):
        value = self._value_
        if value == 0:
            return 're.NOFLAG'
        names = []
        for name in _FLAG_ORDER:
            bit = getattr(_re_parser, name)
            if value & bit:
                names.append('re.' + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__


RegexFlag.__module__ = 're'

NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

_MAXSIZE = 9223372036854775807
_MODE_MATCH, _MODE_FULLMATCH, _MODE_SEARCH = 0, 1, 2

# Pattern.__repr__ lists the flags in this order (CPython's pattern_repr).
_REPR_FLAGS = [
    ('re.TEMPLATE', 1), ('re.IGNORECASE', 2), ('re.LOCALE', 4), ('re.MULTILINE', 8),
    ('re.DOTALL', 16), ('re.UNICODE', 32), ('re.VERBOSE', 64), ('re.DEBUG', 128),
    ('re.ASCII', 256),
]


def _truncated_repr(obj, n):
    r = repr(obj)
    return r[:n]


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ('_pattern', '_flags', '_program', '_groups', '_groupindex', '_isbytes',
                 '__weakref__')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def pattern(self):
        """The pattern string from which the RE object was compiled."""
        return self._pattern

    @property
    def flags(self):
        """The regex matching flags."""
        return self._flags

    @property
    def groups(self):
        """The number of capturing groups in the pattern."""
        return self._groups

    @property
    def groupindex(self):
        """A dictionary mapping group names to group numbers."""
        return _MappingProxy(dict(self._groupindex))

    def __repr__(self):
        flags = self._flags
        if self._isbytes is False and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        text = 're.compile(%s' % _truncated_repr(self._pattern, 200)
        if flags:
            names = []
            for name, bit in _REPR_FLAGS:
                if flags & bit:
                    names.append(name)
                    flags &= ~bit
            if flags:
                names.append('0x%x' % flags)
            text += ', ' + '|'.join(names)
        return text + ')'

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and self._isbytes == other._isbytes and
                self._pattern == other._pattern)

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self._pattern, self._flags))

    def _text(self, string):
        """'string' as a str or bytes (groups of any bytes-like object are bytes); the
        engine checks the str/bytes kinds against the pattern's."""
        if isinstance(string, (str, bytes)):
            return string
        if isinstance(string, (bytearray, memoryview)) and self._isbytes:
            return bytes(string)
        return string

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        marks = self._program.match(string, pos, endpos, 0, False)
        return None if marks is None else _new_match(self, string, marks)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        marks = self._program.match(string, pos, endpos, 1, False)
        return None if marks is None else _new_match(self, string, marks)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match object
        instance."""
        marks = self._program.match(string, pos, endpos, 2, False)
        return None if marks is None else _new_match(self, string, marks)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        return self._program.scan(string, pos, endpos, 0, 1)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE pattern in
        string. For each match, the iterator returns a match object."""
        return iter(self.scanner(string, pos, endpos).search, None)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        string = self._text(string)
        if maxsplit < 0:
            return [string[0:]]
        return self._program.scan(string, 0, _MAXSIZE, maxsplit, 2)

    def _subx(self, repl, string, count):
        if callable(repl):
            filt = repl
            literal = None
        else:
            filt, literal = _compile_repl(self, repl)
        if count < 0:
            count, pieces = 0, [string]
            return (''.join(pieces) if isinstance(string, str) else b''.join(pieces)), 0
        if literal is not None:
            pieces = self._program.scan(string, 0, _MAXSIZE, count, 3, literal)
            n = len(pieces) // 2
        else:
            pieces, n = self._sub_calls(filt, string, count)
        if isinstance(string, str):
            return ''.join(pieces), n
        return b''.join(pieces), n

    def _sub_calls(self, filt, string, count):
        pieces = []
        last = 0
        n = 0
        for marks in self._program.scan(string, 0, _MAXSIZE, count):
            pieces.append(string[last:marks[3]])
            piece = filt(_new_match(self, string, marks))
            if piece is not None:
                if not isinstance(piece, (str, bytes, bytearray)):
                    raise TypeError("expected str instance, %s found"
                                    % type(piece).__name__)
                pieces.append(piece)
            last = marks[4]
            n += 1
        pieces.append(string[last:])
        return pieces, n

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences
        of pattern in string by the replacement repl."""
        return self._subx(repl, self._text(string), count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the
        leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, self._text(string), count)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)


Pattern.__module__ = 're'


class _Scanner:
    """What Pattern.scanner() returns (CPython: the SRE_Scanner type): successive matches
    by match() or search(), each starting where the previous one ended."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._start = pos
        self._endpos = endpos
        self._next = pos
        self._must = False

    def _step(self, mode):
        if self._next is None:
            return None
        marks = self.pattern._program.match(self._string, self._next, self._endpos, mode,
                                            self._must)
        if marks is None:
            self._next = None
            return None
        self._must = marks[3] == marks[4]
        self._next = marks[4]
        if marks[1] != self._start:
            start = self._start
            start = 0 if start < 0 else start if start < marks[2] else marks[2]
            marks = (marks[0], start) + marks[2:]  # Match.pos is where the scan began
        return _new_match(self.pattern, self._string, marks)

    def match(self):
        return self._step(_MODE_MATCH)

    def search(self):
        return self._step(_MODE_SEARCH)


class Match:
    """The result of re.match() and re.search(). Match objects always have a boolean
    value of True."""

    __slots__ = ('_re', '_string', '_text', '_marks')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @property
    def re(self):
        """The regular expression object."""
        return self._re

    @property
    def string(self):
        """The string passed to match() or search()."""
        return self._string

    @property
    def pos(self):
        """The index into the string at which the RE engine started looking for a match."""
        return self._marks[1]

    @property
    def endpos(self):
        """The index into the string beyond which the RE engine will not go."""
        return self._marks[2]

    @property
    def lastindex(self):
        """The integer index of the last matched capturing group."""
        n = self._marks[0]
        return n if n > 0 else None

    @property
    def lastgroup(self):
        """The name of the last matched capturing group."""
        n = self._marks[0]
        if n <= 0:
            return None
        for name, index in self._re._groupindex.items():
            if index == n:
                return name
        return None

    @property
    def regs(self):
        m = self._marks
        return tuple((m[2 * g + 3], m[2 * g + 4]) for g in range(self._re._groups + 1))

    def _index(self, group):
        if isinstance(group, int):
            index = group
        elif hasattr(type(group), '__index__') and not isinstance(group, (str, bytes)):
            index = group.__index__()
        else:
            try:
                index = self._re._groupindex[group]
            except (KeyError, TypeError):
                raise IndexError("no such group") from None
        if index < 0 or index > self._re._groups:
            raise IndexError("no such group")
        return index

    def _get(self, index, default=None):
        a = self._marks[2 * index + 3]
        if a < 0:
            return default
        return self._text[a:self._marks[2 * index + 4]]

    def group(self, *args):
        """group([group1, ...]) -> str or tuple.
        Return subgroup(s) of the match by indices or names."""
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1."""
        return tuple(self._get(g, default) for g in range(1, self._re._groups + 1))

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match, keyed by
        the subgroup name."""
        return {name: self._get(index, default)
                for name, index in self._re._groupindex.items()}

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._marks[2 * self._index(group) + 3]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._marks[2 * self._index(group) + 4]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        index = self._index(group)
        return (self._marks[2 * index + 3], self._marks[2 * index + 4])

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string
        template, as done by the sub() method."""
        groups, literals = _compile_template(self._re, template)
        return _expand(self, groups, literals)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._marks[3], self._marks[4], _truncated_repr(self._get(0), 50))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'


def _new_match(pattern, string, marks):
    m = object.__new__(Match)
    m._re = pattern
    m._string = string
    m._text = string if type(string) is str or type(string) is bytes else _as_text(string)
    m._marks = marks
    return m


def _as_text(string):
    return string if isinstance(string, str) else bytes(string)


# ---- templates ----

_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern, type(repl), repl)
    try:
        return _template_cache[key]
    except KeyError:
        pass
    result = _re_parser.parse_template(repl, pattern)
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    _template_cache[key] = result
    return result


def _expand(match, groups, literals):
    literals = list(literals)
    empty = match._text[0:0]
    for index, group in groups:
        literals[index] = match._get(group, empty)
        if literals[index] is None:
            literals[index] = empty
    if isinstance(empty, str):
        return ''.join(literals)
    return b''.join(literals)


def _compile_repl(pattern, repl):
    """sub()'s replacement: (function, None), or (None, literal) without backslashes."""
    if isinstance(repl, str):
        if pattern._isbytes:
            raise TypeError("sequence item 0: expected a bytes-like object, str found")
        if '\\' not in repl:
            return None, repl
    elif isinstance(repl, (bytes, bytearray)):
        if not pattern._isbytes:
            raise TypeError("sequence item 0: expected str instance, bytes found")
        if b'\\' not in repl:
            return None, bytes(repl)
    groups, literals = _compile_template(pattern, repl)
    if not groups:
        return None, literals[0] if literals else repl[0:0]
    return (lambda m: _expand(m, groups, literals)), None


# ---- the module functions ----

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or
    None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None if
    no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or
    None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of
    the pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list
    containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the regular expression caches"""
    for cache in (_cache, _template_cache):
        cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern, returning a Pattern object, deprecated"""
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented "
                  "function without an obvious purpose. Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | T)


# every ASCII character that means something in a pattern (or in verbose mode), escaped
_special_chars_map = {code: '\\' + chr(code)
                      for code in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if not isinstance(pattern, str):   # bytes: escaped as latin-1 text
        return str(pattern, 'latin1').translate(_special_chars_map).encode('latin1')
    return pattern.translate(_special_chars_map)


_cache = {}   # (type, pattern, flags) -> Pattern, oldest first
_MAXCACHE = 512


def _compile(pattern, flags):
    known = _cache.get((type(pattern), pattern, flags))   # (TypeError if unhashable)
    if known is not None:
        return known
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = object.__new__(Pattern)
    (compiled._program, compiled._flags, compiled._groups,
     compiled._groupindex) = _re_compiler.compile(pattern, flags)
    compiled._pattern = pattern
    compiled._isbytes = not isinstance(pattern, str)
    if flags & DEBUG:
        return compiled   # debug output is wanted each time: not cached
    if len(_cache) >= _MAXCACHE:
        _cache.pop(next(iter(_cache), None), None)   # forget the oldest entry
    _cache[type(pattern), pattern, flags] = compiled
    return compiled

