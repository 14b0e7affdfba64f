# The regular-expression parser behind `re` (heapscope's own code after CPython 3.11's
# Lib/re/_parser.py): it turns a pattern (str, or bytes read as latin-1) into a tree of
# tuples that _re_compiler.py turns into an `_sre` program, and parses sub() templates.
# Syntax errors are re.error with CPython's messages and positions.
#
# Tree nodes (a pattern is a list of nodes):
#   ('lit', c) ('notlit', c) ('any',) ('in', negate, items) ('at', name) ('ref', gid)
#   ('group', gid or None, add_flags, del_flags, nodes) ('atomic', nodes)
#   ('branch', [nodes, ...]) ('repeat', min, max, mode, nodes)   mode: 0 greedy 1 lazy 2 poss.
#   ('look', behind, negate, nodes) ('cond', gid, yes_nodes, no_nodes or None)
# Set items: ('lit', c) ('range', lo, hi) ('cat', name).

MAXREPEAT = 4294967295
MAXGROUPS = 2147483647 // 2

TEMPLATE = 1
IGNORECASE = 2
LOCALE = 4
MULTILINE = 8
DOTALL = 16
UNICODE = 32
VERBOSE = 64
DEBUG = 128
ASCII = 256

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"
DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")

ESCAPES = {
    r"\a": ('lit', 7), r"\b": ('lit', 8), r"\f": ('lit', 12), r"\n": ('lit', 10),
    r"\r": ('lit', 13), r"\t": ('lit', 9), r"\v": ('lit', 11), r"\\": ('lit', 92),
}

CATEGORIES = {
    r"\A": ('at', 'begin_string'),
    r"\b": ('at', 'boundary'),
    r"\B": ('at', 'non_boundary'),
    r"\d": ('in', False, [('cat', 'digit')]),
    r"\D": ('in', False, [('cat', 'not_digit')]),
    r"\s": ('in', False, [('cat', 'space')]),
    r"\S": ('in', False, [('cat', 'not_space')]),
    r"\w": ('in', False, [('cat', 'word')]),
    r"\W": ('in', False, [('cat', 'not_word')]),
    r"\Z": ('at', 'end_string'),
}

FLAGS = {
    "i": IGNORECASE, "L": LOCALE, "m": MULTILINE, "s": DOTALL, "x": VERBOSE,
    "a": ASCII, "t": TEMPLATE, "u": UNICODE,
}
TYPE_FLAGS = ASCII | LOCALE | UNICODE
GLOBAL_FLAGS = DEBUG | TEMPLATE


class error(Exception):
    """Exception raised for invalid regular expressions."""

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class State:
    """What the parser knows of the groups so far."""

    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupclosed = [True]
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupclosed)

    def opengroup(self, name=None):
        """Number a new (still open) group, registering its name if it has one."""
        gid = len(self.groupclosed)
        self.groupclosed.append(False)
        if len(self.groupclosed) > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            if name in self.groupdict:
                raise error("redefinition of group name %r as group %d; was group %d"
                            % (name, gid, self.groupdict[name]))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid):
        self.groupclosed[gid] = True

    def checkgroup(self, gid):
        """Whether group gid exists and is closed (so it can be referred to)."""
        return gid < self.groups and self.groupclosed[gid]

    def checklookbehindgroup(self, gid, source):
        # inside a lookbehind, only groups closed before the lookbehind began may be used
        first_inside = self.lookbehindgroups
        if first_inside is None:
            return
        if not self.checkgroup(gid):
            raise source.error('cannot refer to an open group')
        if gid >= first_inside:
            raise source.error('cannot refer to group defined in the same lookbehind '
                               'subpattern')


class Tokenizer:
    """The pattern as a stream of characters and two-character escapes."""

    def __init__(self, string):
        self.string, self.istext = string, isinstance(string, str)
        # a bytes pattern is read as latin-1 text: one character per byte
        self.decoded_string = string if self.istext else str(string, 'latin1')
        self._length = len(self.decoded_string)  # no call in _advance: deep patterns
        self.index, self.next = 0, None          # recurse as deep as in CPython
        self._advance()

    def _advance(self):
        index = self.index
        if index >= self._length:
            self.next = None
            return
        char = self.decoded_string[index]
        if char == "\\":
            index += 1
            if index >= self._length:
                raise error("bad escape (end of pattern)", self.string, len(self.string) - 1)
            char += self.decoded_string[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        """Up to n more characters, as long as each is in charset."""
        taken = []
        while len(taken) < n and self.next in charset:   # (None is in no charset)
            taken.append(self.next)
            self._advance()
        return ''.join(taken)

    def getuntil(self, terminator, name):
        """The text up to terminator, which is consumed; it must be there and not empty."""
        taken = ''
        while True:
            char = self.get()
            if char == terminator:
                if taken:
                    return taken
                raise self.error("missing " + name, 1)
            if char is None:
                if taken:
                    raise self.error("missing %s, unterminated name" % terminator,
                                     len(taken))
                raise self.error("missing " + name)
            taken += char

    @property
    def pos(self):
        return self.index - len(self.next or '')

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        """A re.error for msg, placed offset characters before the current position."""
        if self.istext:
            text = msg
        else:   # messages about bytes patterns stay ASCII
            text = msg.encode('ascii', 'backslashreplace').decode()
        return error(text, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            msg = "bad character in group name %r" % name
            raise self.error(msg, len(name) + offset)


_HEX_WIDTH = {'x': 2, 'u': 4, 'U': 8}
_OCTAL_RANGE = 'octal escape value %s outside of range 0-0o377'


def _bad_escape(source, escape):
    return source.error("bad escape %s" % escape, len(escape))


def _code_point_escape(source, escape):
    """The code point of \\xhh, \\uhhhh, \\Uhhhhhhhh or \\N{name} (the last three in str
    patterns only), or None when 'escape' is something else."""
    kind = escape[1]
    if kind == 'N' and source.istext:
        return _named_escape(source)
    if kind != 'x' and not (kind in 'uU' and source.istext):
        return None
    width = _HEX_WIDTH[kind]
    digits = source.getwhile(width, HEXDIGITS)
    if len(digits) < width:
        raise source.error("incomplete escape %s" % (escape + digits),
                           len(escape) + len(digits))
    value = int(digits, 16)
    if value > 0x10FFFF:
        raise _bad_escape(source, escape + digits)
    return value


def _octal_char(source, escape):
    value = int(escape[1:], 8)
    if value > 0o377:
        raise source.error(_OCTAL_RANGE % escape, len(escape))
    return value


def _named_escape(source):
    import _sre
    if not source.match('{'):
        raise source.error("missing {")
    charname = source.getuntil('}', 'character name')
    c = _sre.lookup(charname)
    if c is None:
        raise source.error("undefined character name %r" % charname,
                           len(charname) + len(r'\N{}'))
    return c


def _class_escape(source, escape):
    """An escape inside [...]: a literal or a class such as \\d (\\b is a backspace here;
    anchors and backreferences are errors)."""
    if escape in ESCAPES:
        return ESCAPES[escape]
    category = CATEGORIES.get(escape)
    if category is not None and category[0] == 'in':
        return category
    value = _code_point_escape(source, escape)
    if value is not None:
        return 'lit', value
    kind = escape[1]
    if kind in OCTDIGITS:
        return 'lit', _octal_char(source, escape + source.getwhile(2, OCTDIGITS))
    if kind in DIGITS or kind in ASCIILETTERS:
        raise _bad_escape(source, escape)
    return 'lit', ord(kind)


def _escape(source, escape, state):
    """An escape outside [...]: an anchor, class, literal or backreference."""
    known = CATEGORIES.get(escape) or ESCAPES.get(escape)
    if known:
        return known
    value = _code_point_escape(source, escape)
    if value is not None:
        return 'lit', value
    kind = escape[1]
    if kind == '0':   # \0, \0o, \0oo: always a character
        return 'lit', int(escape[1:] + source.getwhile(2, OCTDIGITS), 8)
    if kind in DIGITS:
        return _number_escape(source, escape, state)
    if kind in ASCIILETTERS:
        raise _bad_escape(source, escape)
    return 'lit', ord(kind)


def _number_escape(source, escape, state):
    # \1 .. \99 are backreferences; three octal digits (\141) are a character
    if source.next in DIGITS:
        escape += source.get()
        if escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and source.next in OCTDIGITS:
            escape += source.get()
            return 'lit', _octal_char(source, escape)
    gid = int(escape[1:])
    if gid >= state.groups:
        raise source.error("invalid group reference %d" % gid, len(escape) - 1)
    if not state.checkgroup(gid):
        raise source.error("cannot refer to an open group", len(escape))
    state.checklookbehindgroup(gid, source)
    return 'ref', gid


def _parse_sub(source, state, verbose, nested):
    """Alternatives separated by '|'."""
    items = []
    while True:
        items.append(_parse(source, state, verbose, nested + 1, not nested and not items))
        if not source.match("|"):
            break
    if len(items) == 1:
        return items[0]
    return [('branch', items)]


_SET_OPS = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference',
            '|': 'union'}


def _future_warning(message):
    """CPython's FutureWarning for set syntax a later version may give a meaning, reported
    at the first frame outside the re modules (CPython counts its frames instead)."""
    import sys
    import warnings
    frame = sys._getframe(1)
    level = 2
    while frame is not None and frame.f_globals.get('__name__') in _RE_MODULES:
        frame = frame.f_back
        level += 1
    warnings.warn(message, FutureWarning, stacklevel=level)


_RE_MODULES = ('re', '_re_parser', '_re_compiler')


def _parse_set(source):
    """A character class; the '[' is read."""
    here = source.tell() - 1
    items = []
    if source.next == '[':
        _future_warning('Possible nested set at position %d' % source.tell())
    negate = source.match("^")
    while True:
        this = source.get()
        if this is None:
            raise source.error("unterminated character set", source.tell() - here)
        if this == "]" and items:
            break
        elif this[0] == "\\":
            code1 = _class_escape(source, this)
        else:
            if items and this in '-&~|' and source.next == this:
                _future_warning('Possible set %s at position %d' % (
                    _SET_OPS[this], source.tell() - 1))
            code1 = ('lit', ord(this))
        if source.match("-"):
            that = source.get()
            if that is None:
                raise source.error("unterminated character set", source.tell() - here)
            if that == "]":
                if code1[0] == 'in':
                    code1 = code1[2][0]
                items.append(code1)
                items.append(('lit', ord("-")))
                break
            if that[0] == "\\":
                code2 = _class_escape(source, that)
            else:
                if that == '-':
                    _future_warning('Possible set difference at position %d'
                                    % (source.tell() - 2))
                code2 = ('lit', ord(that))
            if code1[0] != 'lit' or code2[0] != 'lit' or code2[1] < code1[1]:
                msg = "bad character range %s-%s" % (this, that)
                raise source.error(msg, len(this) + 1 + len(that))
            items.append(('range', code1[1], code2[1]))
        else:
            if code1[0] == 'in':
                code1 = code1[2][0]
            items.append(code1)
    if len(items) == 1 and items[0][0] == 'lit':
        return ('notlit', items[0][1]) if negate else items[0]
    return ('in', negate, items)


def _parse_repeat(source, this, pattern):
    """Apply the quantifier 'this' (already read) to the last item of 'pattern'. Returns
    False when '{' turned out to be a literal."""
    here = source.tell()
    if this == "?":
        lo, hi = 0, 1
    elif this == "*":
        lo, hi = 0, MAXREPEAT
    elif this == "+":
        lo, hi = 1, MAXREPEAT
    else:
        if source.next == "}":
            return False
        lo, hi = 0, MAXREPEAT
        los = his = ""
        while source.next in DIGITS:
            los += source.get()
        if source.match(","):
            while source.next in DIGITS:
                his += source.get()
        else:
            his = los
        if not source.match("}"):
            source.seek(here)
            return False
        if los:
            lo = int(los)
            if lo >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
        if his:
            hi = int(his)
            if hi >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
            if hi < lo:
                raise source.error("min repeat greater than max repeat", source.tell() - here)
    item = pattern[-1:]
    if not item or item[0][0] == 'at':
        raise source.error("nothing to repeat", source.tell() - here + len(this))
    if item[0][0] == 'repeat':
        raise source.error("multiple repeat", source.tell() - here + len(this))
    if item[0][0] == 'group' and item[0][1] is None and not item[0][2] and not item[0][3]:
        item = item[0][4]
    mode = 1 if source.match("?") else 2 if source.match("+") else 0
    pattern[-1] = ('repeat', lo, hi, mode, item)
    return True


def _flag_run(source, char, ends, missing, each):
    """Read flag letters, the first (char) already read and valid, calling each() on every
    one, up to a character in 'ends', which is returned."""
    while True:
        each(char)
        char = source.get()
        if char is None:
            raise source.error(missing)
        if char in ends:
            return char
        if char not in FLAGS:
            raise source.error("unknown flag" if char.isalpha() else missing, len(char))


def _parse_flags(source, state, char):
    """After '(?' and a flag letter or '-' (char): '(?aiLmsux)' sets global flags (returns
    None); '(?flags-flags:' opens a scoped group (returns the flags added and removed)."""
    added = removed = 0

    def turn_on(letter):
        nonlocal added
        if letter == 'L' and source.istext:
            raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
        if letter == 'u' and not source.istext:
            raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
        bit = FLAGS[letter]
        added |= bit
        if bit & TYPE_FLAGS and added & TYPE_FLAGS != bit:
            raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")

    def turn_off(letter):
        nonlocal removed
        if FLAGS[letter] & TYPE_FLAGS:
            raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
        removed |= FLAGS[letter]

    if char != '-':
        char = _flag_run(source, char, ")-:", "missing -, : or )", turn_on)
    if char == ')':
        state.flags |= added
        return None
    if added & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == '-':
        first = source.get()
        if first is None:
            raise source.error("missing flag")
        if first not in FLAGS:
            raise source.error("unknown flag" if first.isalpha() else "missing flag",
                               len(first))
        _flag_run(source, first, ":", "missing :", turn_off)
    if removed & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if added & removed:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return added, removed


def _open_lookaround(source, state, char, start):
    """After '(?=', '(?!' or '(?<' (the last char is 'char'): the _Open for its body."""
    direction = 1
    lookbehindgroups = None
    if char == "<":
        char = source.get()
        if char is None:
            raise source.error("unexpected end of pattern")
        if char not in "=!":
            raise source.error("unknown extension ?<" + char, len(char) + 2)
        direction = -1
        lookbehindgroups = state.lookbehindgroups
        if lookbehindgroups is None:
            state.lookbehindgroups = state.groups
    return _Open('look', start, None, (direction, lookbehindgroups, char))


def _parse_conditional(source, state, verbose, nested, start):
    condname = source.getuntil(")", "group name")
    if condname.isidentifier():
        source.checkgroupname(condname, 1)
        condgroup = state.groupdict.get(condname)
        if condgroup is None:
            raise source.error("unknown group name %r" % condname, len(condname) + 1)
    else:
        try:
            condgroup = int(condname)
            if condgroup < 0:
                raise ValueError
        except ValueError:
            msg = "bad character in group name %r" % condname
            raise source.error(msg, len(condname) + 1) from None
        if not condgroup:
            raise source.error("bad group number", len(condname) + 1)
        if condgroup >= MAXGROUPS:
            raise source.error("invalid group reference %d" % condgroup, len(condname) + 1)
        if condgroup not in state.grouprefpos:
            state.grouprefpos[condgroup] = source.tell() - len(condname) - 1
    state.checklookbehindgroup(condgroup, source)
    item_yes = _parse(source, state, verbose, nested + 1)
    if source.match("|"):
        item_no = _parse(source, state, verbose, nested + 1)
        if source.next == "|":
            raise source.error("conditional backref with more than two branches")
    else:
        item_no = None
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    return ('cond', condgroup, item_yes, item_no)


def _parse_p_extension(source, state):
    """After '(?P': a named group's name, or a named backreference node."""
    if source.match("<"):
        name = source.getuntil(">", "group name")
        source.checkgroupname(name, 1)
        return name, None
    if source.match("="):
        name = source.getuntil(")", "group name")
        source.checkgroupname(name, 1)
        gid = state.groupdict.get(name)
        if gid is None:
            raise source.error("unknown group name %r" % name, len(name) + 1)
        if not state.checkgroup(gid):
            raise source.error("cannot refer to an open group", len(name) + 1)
        state.checklookbehindgroup(gid, source)
        return None, ('ref', gid)
    char = source.get()
    if char is None:
        raise source.error("unexpected end of pattern")
    raise source.error("unknown extension ?P" + char, len(char) + 2)


def _open_group(source, state, verbose, nested, pattern, first):
    """After '(': an _Open whose body _parse reads next, or, for the groups that have no
    body to parse this way, their node appended to 'pattern' (nothing for comments and
    global flags) and the verbose setting from then on."""
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add_flags = del_flags = 0
    if source.match("?"):
        char = source.get()
        if char is None:
            raise source.error("unexpected end of pattern")
        if char == "P":
            name, node = _parse_p_extension(source, state)
            if node is not None:
                pattern.append(node)
                return verbose
        elif char == ":":
            capture = False
        elif char == "#":
            while True:
                if source.next is None:
                    raise source.error("missing ), unterminated comment", source.tell() - start)
                if source.get() == ")":
                    break
            return verbose
        elif char in "=!<":
            return _open_lookaround(source, state, char, start)
        elif char == "(":
            pattern.append(_parse_conditional(source, state, verbose, nested, start))
            return verbose
        elif char == ">":
            capture = False
            atomic = True
        elif char in FLAGS or char == "-":
            flags = _parse_flags(source, state, char)
            if flags is None:
                if not first or pattern:
                    raise source.error('global flags not at the start of the expression',
                                       source.tell() - start)
                return state.flags & VERBOSE
            add_flags, del_flags = flags
            capture = False
        else:
            raise source.error("unknown extension ?" + char, len(char) + 1)
    group = None
    if capture:
        try:
            group = state.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    sub_verbose = ((verbose or (add_flags & VERBOSE)) and not (del_flags & VERBOSE))
    return _Open('atomic' if atomic else 'group', start, sub_verbose,
                 (group, add_flags, del_flags))


class _Open:
    """A group _open_group has read the head of; _parse parses its body and _close_group
    finishes it. (The body is parsed by _parse itself so that each level of nesting costs two
    Python frames, _parse_sub and _parse, as in CPython: deep patterns hit RecursionError at
    the same depth.)"""

    __slots__ = ('kind', 'start', 'verbose', 'info')

    def __init__(self, kind, start, verbose, info):
        self.kind = kind
        self.start = start
        self.verbose = verbose
        self.info = info


def _close_group(source, state, op, p):
    """The node for group 'op' (an _Open) whose body is 'p'; the ')' is next."""
    if op.kind == 'look' and op.info[0] < 0 and op.info[1] is None:
        state.lookbehindgroups = None
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - op.start)
    if op.kind == 'look':
        return ('look', op.info[0] < 0, op.info[2] == "!", p)
    if op.kind == 'atomic':
        return ('atomic', p)
    group, add_flags, del_flags = op.info
    if group is not None:
        state.closegroup(group)
    return ('group', group, add_flags, del_flags, p)


def _parse(source, state, verbose, nested, first=False):
    """A sequence of items up to '|', ')' or the end."""
    pattern = []
    while True:
        this = source.next
        if this is None or this in "|)":
            break
        source.get()
        if verbose:
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue
        if this[0] == "\\":
            pattern.append(_escape(source, this, state))
        elif this not in SPECIAL_CHARS:
            pattern.append(('lit', ord(this)))
        elif this == "[":
            pattern.append(_parse_set(source))
        elif this in REPEAT_CHARS:
            if not _parse_repeat(source, this, pattern):
                pattern.append(('lit', ord(this)))
        elif this == ".":
            pattern.append(('any',))
        elif this == "(":
            op = _open_group(source, state, verbose, nested, pattern, first)
            if isinstance(op, _Open):
                p = _parse_sub(source, state, verbose if op.verbose is None else op.verbose,
                               nested + 1)
                pattern.append(_close_group(source, state, op, p))
            else:
                verbose = op
        elif this == "^":
            pattern.append(('at', 'begin'))
        elif this == "$":
            pattern.append(('at', 'end'))
    # unpack non-capturing groups without flags
    i = len(pattern) - 1
    while i >= 0:
        node = pattern[i]
        if node[0] == 'group' and node[1] is None and not node[2] and not node[3]:
            pattern[i:i + 1] = node[4]
        i -= 1
    return pattern


def fix_flags(src, flags):
    """Check and complete 'flags' for the pattern's type (str or bytes)."""
    if isinstance(src, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def parse(string, flags=0):
    """Parse 'string'. Returns (nodes, state); state.flags are the final flags."""
    source = Tokenizer(string)
    state = State()
    state.flags = flags
    p = _parse_sub(source, state, flags & VERBOSE, 0)
    state.flags = fix_flags(string, state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for g in state.grouprefpos:
        if g >= state.groups:
            raise error("invalid group reference %d" % g, string, state.grouprefpos[g])
    return p, state


def _template_group(reader, groupindex):
    """After '\\g' in a template: the group number named by <name> or <number>, and the
    error offset for it."""
    if not reader.match('<'):
        raise reader.error("missing <")
    name = reader.getuntil('>', 'group name')
    offset = len(name) + 1
    if name.isidentifier():
        if name not in groupindex:
            raise IndexError("unknown group name %r" % name)
        return groupindex[name], offset
    try:
        number = int(name)
    except ValueError:
        number = -1
    if number < 0:
        raise reader.error("bad character in group name %r" % name, offset)
    if number >= MAXGROUPS:
        raise reader.error("invalid group reference %d" % number, offset)
    return number, offset


def parse_template(source, pattern):
    """Parse a sub() template: returns (groups, literals), where literals has None at each
    group's place and groups lists (place, group index)."""
    reader = Tokenizer(source)
    chunks = []    # literal text, and None where a group's match goes
    refs = []      # (index in chunks, group number)
    pending = []   # characters of the literal text being collected

    def group_ref(number, offset):
        if number > pattern.groups:
            raise reader.error("invalid group reference %d" % number, offset)
        if pending:
            chunks.append(''.join(pending))
            pending.clear()
        refs.append((len(chunks), number))
        chunks.append(None)

    while reader.next is not None:
        piece = reader.get()
        kind = piece[1] if piece[0] == '\\' else None
        if kind is None:
            pending.append(piece)
        elif kind == 'g':
            group_ref(*_template_group(reader, pattern.groupindex))
        elif kind == '0':
            pending.append(chr(int(reader.getwhile(2, OCTDIGITS) or '0', 8)))
        elif kind in DIGITS:
            # \12 is group 12, but three octal digits (\141) are a character
            if reader.next in DIGITS:
                piece += reader.get()
                if kind in OCTDIGITS and piece[2] in OCTDIGITS and reader.next in OCTDIGITS:
                    piece += reader.get()
                    pending.append(chr(_octal_char(reader, piece)))
                    continue
            group_ref(int(piece[1:]), len(piece) - 1)
        elif piece in ESCAPES:
            pending.append(chr(ESCAPES[piece][1]))
        elif kind in ASCIILETTERS:
            raise _bad_escape(reader, piece)
        else:
            pending.append(piece)   # \. and the like stay as written
    if pending:
        chunks.append(''.join(pending))
    if not reader.istext:
        chunks = [c if c is None else c.encode('latin-1') for c in chunks]
    return refs, chunks
