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
        gid = self.groups
        self.groupclosed.append(False)
        if self.groups > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; "
                            "was group %d" % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid):
        self.groupclosed[gid] = True

    def checkgroup(self, gid):
        return gid < self.groups and self.groupclosed[gid]

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same '
                                   'lookbehind subpattern')


class Tokenizer:
    """The pattern as a stream of characters and two-character escapes."""

    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = str(string, 'latin1')
        self.decoded_string = string
        self._length = len(string)  # no call in _advance: deep patterns recurse as in CPython
        self.index = 0
        self.next = None
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
        result = ''
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    @property
    def pos(self):
        return self.index - len(self.next or '')

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            msg = "bad character in group name %r" % name
            raise self.error(msg, len(name) + offset)


def _hex_escape(source, escape, c):
    """The code point of a \\x, \\u or \\U escape ('c' is its letter)."""
    n = {"x": 2, "u": 4, "U": 8}[c]
    escape += source.getwhile(n, HEXDIGITS)
    if len(escape) != n + 2:
        raise source.error("incomplete escape %s" % escape, len(escape))
    value = int(escape[2:], 16)
    chr(value)  # ValueError for an invalid code point
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
    """An escape inside a character class."""
    code = ESCAPES.get(escape)
    if code:
        return code
    code = CATEGORIES.get(escape)
    if code and code[0] == 'in':
        return code
    try:
        c = escape[1:2]
        if c == "x" or (c in "uU" and source.istext):
            return 'lit', _hex_escape(source, escape, c)
        elif c == "N" and source.istext:
            return 'lit', _named_escape(source)
        elif c in OCTDIGITS:
            escape += source.getwhile(2, OCTDIGITS)
            c = int(escape[1:], 8)
            if c > 0o377:
                raise source.error('octal escape value %s outside of '
                                   'range 0-0o377' % escape, len(escape))
            return 'lit', c
        elif c in DIGITS:
            raise ValueError
        if len(escape) == 2:
            if c in ASCIILETTERS:
                raise source.error('bad escape %s' % escape, len(escape))
            return 'lit', ord(escape[1])
    except ValueError:
        pass
    raise source.error("bad escape %s" % escape, len(escape))


def _escape(source, escape, state):
    """An escape outside a character class."""
    code = CATEGORIES.get(escape)
    if code:
        return code
    code = ESCAPES.get(escape)
    if code:
        return code
    try:
        c = escape[1:2]
        if c == "x" or (c in "uU" and source.istext):
            return 'lit', _hex_escape(source, escape, c)
        elif c == "N" and source.istext:
            return 'lit', _named_escape(source)
        elif c == "0":
            escape += source.getwhile(2, OCTDIGITS)
            return 'lit', int(escape[1:], 8)
        elif c in DIGITS:
            if source.next in DIGITS:
                escape += source.get()
                if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and
                        source.next in OCTDIGITS):
                    escape += source.get()
                    c = int(escape[1:], 8)
                    if c > 0o377:
                        raise source.error('octal escape value %s outside of '
                                           'range 0-0o377' % escape, len(escape))
                    return 'lit', c
            group = int(escape[1:])
            if group < state.groups:
                if not state.checkgroup(group):
                    raise source.error("cannot refer to an open group", len(escape))
                state.checklookbehindgroup(group, source)
                return 'ref', group
            raise source.error("invalid group reference %d" % group, len(escape) - 1)
        if len(escape) == 2:
            if c in ASCIILETTERS:
                raise source.error("bad escape %s" % escape, len(escape))
            return 'lit', ord(escape[1])
    except ValueError:
        pass
    raise source.error("bad escape %s" % escape, len(escape))


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


def _parse_flags(source, state, char):
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = FLAGS[char]
            if source.istext:
                if char == 'L':
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            else:
                if char == 'u':
                    raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if (flag & TYPE_FLAGS) and (add_flags & TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = FLAGS[char]
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


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


def parse_template(source, pattern):
    """Parse a sub() template: returns (groups, literals), where literals has None at each
    group's place and groups lists (place, group index)."""
    s = Tokenizer(source)
    groups = []
    literals = []
    literal = []
    groupindex = pattern.groupindex

    def addgroup(index, pos):
        if index > pattern.groups:
            raise s.error("invalid group reference %d" % index, pos)
        if literal:
            literals.append(''.join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    s.checkgroupname(name, 1)
                    try:
                        index = groupindex[name]
                    except KeyError:
                        raise IndexError("unknown group name %r" % name) from None
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error("bad character in group name %r" % name,
                                      len(name) + 1) from None
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next in OCTDIGITS:
                    this += s.get()
                    if s.next in OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in DIGITS:
                isoctal = False
                if s.next in DIGITS:
                    this += s.get()
                    if (c in OCTDIGITS and this[2] in OCTDIGITS and s.next in OCTDIGITS):
                        this += s.get()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error('octal escape value %s outside of '
                                          'range 0-0o377' % this, len(this))
                        literal.append(chr(c))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                try:
                    this = chr(ESCAPES[this][1])
                except KeyError:
                    if c in ASCIILETTERS:
                        raise s.error('bad escape %s' % this, len(this)) from None
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        literals.append(''.join(literal))
    if not isinstance(source, str):
        literals = [None if x is None else x.encode('latin-1') for x in literals]
    return groups, literals
