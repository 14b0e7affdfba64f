"""Pretty-printing of Python data (the API of CPython 3.11's pprint).

An object whose one-line repr fits in the space left on the current line is
written as that repr.  Otherwise containers are opened up: one element per
line (or packed several to a line with compact=True), dicts sorted by key
unless sort_dicts is false, long strings and bytes cut into adjacent literals,
and the collections types, dataclasses and namespaces written in their
constructor forms.  The layout is CPython's, character for character.
"""

from io import StringIO as _StringIO
import collections as _collections
import types as _types
import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Write the pretty-printed object and a newline to stream (sys.stdout by default)."""
    PrettyPrinter(indent, width, depth, stream, compact=compact,
                  sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    """Return the pretty-printed form of object as a string."""
    printer = PrettyPrinter(indent, width, depth, compact=compact,
                            sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dict keys left in insertion order by default."""
    return pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _plain(object):
    # (repr, readable, recursive) of an unlimited, sorted one-line rendering
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return _plain(object)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return _plain(object)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return _plain(object)[2]


class _safe_key:
    """Sort key that orders values of any types.

    Values compare with their own "<" when they can; when that raises
    TypeError the fallback order is (str(type), id), so mixed keys still sort.
    """

    __slots__ = ('obj',)

    def __init__(self, value):
        self.obj = value

    def __lt__(self, other):
        mine, theirs = self.obj, other.obj
        try:
            return mine < theirs
        except TypeError:
            pass
        return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _item_key(item):
    # dict items are ordered by key alone: the keys of a dict never tie
    return _safe_key(item[0])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def _words(line):
    """Split line into pieces of non-space characters, each followed by the
    whitespace after it (what re.findall(r'\\S*\\s*', line) finds, without
    the empty match at the end)."""
    found = []
    start, end = 0, len(line)
    while start < end:
        stop = start
        while stop < end and not line[stop].isspace():
            stop += 1
        while stop < end and line[stop].isspace():
            stop += 1
        found.append(line[start:stop])
        start = stop
    return found


def _pack(pieces, room, room_at_end, glue):
    """Greedy packing of consecutive pieces (all str or all bytes) into reprs.

    A piece is added to the current group while the repr of the group stays
    within room; the final piece must fit in room_at_end instead.  A piece
    that does not fit even alone becomes a group of its own."""
    groups = []
    group = glue
    final = len(pieces) - 1
    for n, piece in enumerate(pieces):
        limit = room_at_end if n == final else room
        longer = group + piece
        if group and len(repr(longer)) > limit:
            groups.append(repr(group))
            group = piece
        else:
            group = longer
    if group:
        groups.append(repr(group))
    return groups


def _wrap_bytes_repr(object, width, allowance):
    # Bytes are cut in runs of 4; the last run (only when the length is not a
    # multiple of 4, as in CPython) must leave room for the allowance.
    runs = [object[i:i + 4] for i in range(0, len(object), 4)]
    short_tail = len(object) % 4 != 0
    return _pack(runs, width, width - allowance if short_tail else width, b'')


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex,
                              bool, type(None)})


def _is_generated_dataclass(object):
    """True for a dataclass instance still using the __repr__ @dataclass made."""
    if isinstance(object, type):
        return False
    if not hasattr(type(object), '__dataclass_fields__'):
        return False
    params = getattr(object, '__dataclass_params__', None)
    if params is None or not params.repr:
        return False
    inner = getattr(object.__repr__, '__wrapped__', None)
    return inner is not None and "__create_fn__" in inner.__qualname__


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Pretty printer with fixed settings.

        indent: spaces added per nesting level; width: the column budget;
        depth: levels shown before "..."; stream: where pprint() writes
        (sys.stdout as it is now when omitted); compact: pack several short
        items per line; sort_dicts: order dict keys; underscore_numbers:
        write ints with "_" between thousands.
        """
        indent, width = int(indent), int(width)
        problem = None
        if indent < 0:
            problem = 'indent must be >= 0'
        elif depth is not None and depth <= 0:
            problem = 'depth must be > 0'
        elif width == 0:
            problem = 'width must be != 0'
        if problem:
            raise ValueError(problem)
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        self._stream = _sys.stdout if stream is None else stream
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers
        self._compact = bool(compact)

    # ---- public methods

    def pprint(self, object):
        if self._stream is None:
            return
        self._format(object, self._stream, 0, 0, {}, 0)
        self._stream.write("\n")

    def pformat(self, object):
        buffer = _StringIO()
        self._format(object, buffer, 0, 0, {}, 0)
        return buffer.getvalue()

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def format(self, object, context, maxlevels, level):
        """Return (repr, readable, recursive) for object on one line.

        context holds the ids of the containers being rendered, maxlevels
        is the depth limit (0 or None for none) and level the current depth.
        Subclasses may override this to change how values are shown.
        """
        return self._safe_repr(object, context, maxlevels, level)

    # ---- one-line reprs

    def _repr(self, object, context, level):
        # the nested call may record ids: it gets a copy of the context
        text, readable, recursive = self.format(object, dict(context),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive) for object, written on one line.

        Plain dicts, lists and tuples (and subclasses keeping their repr) are
        rendered here element by element through self.format(), so that
        recursion and the depth limit are caught; anything else uses repr().
        """
        cls = type(object)
        if cls in _builtin_scalars:
            return repr(object), True, False
        cls_repr = getattr(cls, "__repr__", None)
        if cls_repr is int.__repr__ and issubclass(cls, int):
            if self._underscore_numbers:
                return format(object, "_d"), True, False
            return repr(object), True, False
        if cls_repr is dict.__repr__ and issubclass(cls, dict):
            if not object:
                return "{}", True, False
            pairs = object.items()
            if self._sort_dicts:
                pairs = sorted(pairs, key=_item_key)
            return self._join_parts(object, pairs, True, "{%s}", "{...}",
                                    context, maxlevels, level)
        if cls_repr is list.__repr__ and issubclass(cls, list):
            if not object:
                return "[]", True, False
            return self._join_parts(object, object, False, "[%s]", "[...]",
                                    context, maxlevels, level)
        if cls_repr is tuple.__repr__ and issubclass(cls, tuple):
            if len(object) == 1:
                shape = "(%s,)"
            elif object:
                shape = "(%s)"
            else:
                return "()", True, False
            return self._join_parts(object, object, False, shape,
                                    shape % "...", context, maxlevels, level)
        text = repr(object)
        # an empty repr counts as unreadable ('' is what CPython returns)
        return text, (not text.startswith('<')) if text else text, False

    def _join_parts(self, container, parts, paired, shape, cut,
                    context, maxlevels, level):
        key = id(container)
        if maxlevels and level >= maxlevels:
            return cut, False, key in context
        if key in context:
            return _recursion(container), False, True
        context[key] = 1
        level += 1
        readable, recursive = True, False
        texts = []
        for part in parts:
            if paired:
                k_text, k_ok, k_rec = self.format(part[0], context, maxlevels, level)
                v_text, v_ok, v_rec = self.format(part[1], context, maxlevels, level)
                texts.append(k_text + ": " + v_text)
                readable = readable and k_ok and v_ok
                recursive = recursive or k_rec or v_rec
            else:
                text, ok, rec = self.format(part, context, maxlevels, level)
                texts.append(text)
                if not ok:
                    readable = False
                recursive = recursive or rec
        del context[key]
        return shape % ", ".join(texts), readable, bool(recursive)

    # ---- multi-line layout
    #
    # _format writes object at the current column: `indent` is the column of
    # the lines it may add, `allowance` how many characters will follow its
    # last line (closing brackets and commas of the enclosing containers).
    # `stream` is anything with a write() method.

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) <= self._width - indent - allowance:
            stream.write(text)
            return
        handler = self._dispatch.get(type(object).__repr__)
        if handler is None and _is_generated_dataclass(object):
            handler = PrettyPrinter._pprint_dataclass
        if handler is None:
            stream.write(text)
            return
        context[key] = 1
        handler(self, object, stream, indent, allowance, context, level + 1)
        del context[key]

    def _pad_after_opening(self, stream):
        # with indent > 1 the first item lines up with the ones below it
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        self._pad_after_opening(stream)
        items = list(items)
        if not items:
            return
        newline = ',\n' + ' ' * indent
        full = left = self._width - indent + 1
        final = len(items) - 1
        separator = ''
        for n, item in enumerate(items):
            at_end = n == final
            if at_end:
                full -= allowance
                left -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if need > left:
                    # start a new line (the first item has nothing to break)
                    left = full
                    if separator:
                        separator = newline
                if need <= left:
                    left -= need
                    stream.write(separator)
                    stream.write(text)
                    separator = ', '
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if at_end else 1,
                         context, level)

    def _format_dict_items(self, items, stream, indent, allowance, context,
                           level):
        indent += self._indent_per_level
        newline = ',\n' + ' ' * indent
        final = len(items) - 1
        for n, (key, value) in enumerate(items):
            key_text = self._repr(key, context, level)
            stream.write(key_text + ': ')
            self._format(value, stream, indent + len(key_text) + 2,
                         allowance if n == final else 1, context, level)
            if n != final:
                stream.write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance,
                                context, level):
        # name=value pairs, used by SimpleNamespace and dataclasses
        final = len(items) - 1
        for n, (name, value) in enumerate(items):
            if n:
                stream.write(',\n' + ' ' * indent)
            stream.write(name + '=')
            if id(value) in context:
                # the dataclass repr also shows a back-reference as "..."
                stream.write('...')
                continue
            self._format(value, stream, indent + len(name) + 1,
                         allowance if n == final else 1, context, level)

    def _format_call(self, name, inner, stream, indent, allowance, context,
                     level):
        # name(<inner laid out after the parenthesis>)
        stream.write(name + '(')
        self._format(inner, stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    # ---- one handler per repr; looked up by type(object).__repr__

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._pad_after_opening(stream)
        if object:
            pairs = object.items()
            if self._sort_dicts:
                pairs = sorted(pairs, key=_item_key)
            self._format_dict_items(pairs, stream, indent, allowance + 1,
                                    context, level)
        stream.write('}')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context,
                           level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        close = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._format_items(object, stream, indent, allowance + len(close),
                           context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write('{')
            close = '}'
        else:
            name = type(object).__name__
            stream.write(name + '({')
            close = '})'
            indent += len(name) + 1
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        outermost = level == 1
        if outermost:
            # room for the parentheses that group the pieces
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        last_line = len(lines) - 1
        pieces = []
        for n, line in enumerate(lines):
            room_at_end = room - allowance if n == last_line else room
            whole = repr(line)
            if len(whole) <= room_at_end:
                pieces.append(whole)
            else:
                pieces.extend(_pack(_words(line), room, room_at_end, ''))
        if len(pieces) == 1:
            stream.write(pieces[0])
            return
        if outermost:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if outermost:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
            stream.write('(')
        pieces = _wrap_bytes_repr(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(pieces))
        if outermost:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context,
                          level):
        stream.write('bytearray(')
        # one level deeper, so the bytes part never gets its own parentheses
        self._pprint_bytes(bytes(object), stream, indent + len('bytearray('),
                           allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context,
                             level):
        self._format_call('mappingproxy', object.copy(), stream, indent,
                          allowance, context, level)

    def _pprint_simplenamespace(self, object, stream, indent, allowance,
                                context, level):
        # SimpleNamespace itself shows as "namespace(...)", subclasses by name
        if type(object) is _types.SimpleNamespace:
            name = 'namespace'
        else:
            name = type(object).__name__
        stream.write(name + '(')
        self._format_namespace_items(list(object.__dict__.items()), stream,
                                     indent + len(name) + 1, allowance,
                                     context, level)
        stream.write(')')

    def _pprint_dataclass(self, object, stream, indent, allowance, context,
                          level):
        import dataclasses
        shown = [(field.name, getattr(object, field.name))
                 for field in dataclasses.fields(object) if field.repr]
        name = type(object).__name__
        stream.write(name + '(')
        self._format_namespace_items(shown, stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context,
                             level):
        if not object:
            stream.write(repr(object))
            return
        self._format_call(type(object).__name__, list(object.items()), stream,
                          indent, allowance, context, level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context,
                             level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        factory = self._repr(object.default_factory, context, level)
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context,
                        level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '({')
        self._pad_after_opening(stream)
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context,
                          level):
        maps = object.maps
        if not maps:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for mapping in maps[:-1]:
            self._format(mapping, stream, indent, 1, context, level)
            stream.write(',\n' + ' ' * indent)
        self._format(maps[-1], stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        indent += len(name) + 1
        stream.write(name + '([')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context,
                               level)
            stream.write('])')
            return
        self._format_items(object, stream, indent, 2, context, level)
        limit = self._repr(object.maxlen, context, level)
        stream.write('],\n%smaxlen=%s)' % (' ' * indent, limit))

    def _pprint_user_wrapper(self, object, stream, indent, allowance, context,
                             level):
        # UserDict, UserList and UserString show as the object they wrap
        self._format(object.data, stream, indent, allowance, context,
                     level - 1)

    _pprint_user_dict = _pprint_user_list = _pprint_user_string = \
        _pprint_user_wrapper

    _dispatch = {
        dict.__repr__: _pprint_dict,
        list.__repr__: _pprint_list,
        tuple.__repr__: _pprint_tuple,
        set.__repr__: _pprint_set,
        frozenset.__repr__: _pprint_set,
        str.__repr__: _pprint_str,
        bytes.__repr__: _pprint_bytes,
        bytearray.__repr__: _pprint_bytearray,
        _types.MappingProxyType.__repr__: _pprint_mappingproxy,
        _types.SimpleNamespace.__repr__: _pprint_simplenamespace,
        _collections.OrderedDict.__repr__: _pprint_ordered_dict,
        _collections.defaultdict.__repr__: _pprint_default_dict,
        _collections.Counter.__repr__: _pprint_counter,
        _collections.ChainMap.__repr__: _pprint_chain_map,
        _collections.deque.__repr__: _pprint_deque,
        _collections.UserDict.__repr__: _pprint_user_wrapper,
        _collections.UserList.__repr__: _pprint_user_wrapper,
        _collections.UserString.__repr__: _pprint_user_wrapper,
    }
