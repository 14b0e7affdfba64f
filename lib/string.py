"""Character-class constants, capwords(), and two string-building classes.

Template does simple $name substitution; Formatter is str.format() with every step
(parsing, field lookup, conversion, formatting) exposed as a method to override.  Same API
and behaviour as CPython 3.11's string module; the parsing that CPython does in its C
helper module _string is written out in Python here.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
           "Formatter", "Template"]

import re as _re

# ---- constants ------------------------------------------------------------------------

ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
octdigits = digits[:8]
hexdigits = digits + 'abcdefABCDEF'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s with s.split(sep), capitalize every piece and join them with sep, or with
    a single space when sep is None (so runs of whitespace collapse)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---- Template -----------------------------------------------------------------------------

class _Layered:
    """Read-only lookup in several mappings, first hit wins (keywords over the mapping
    argument in Template.substitute); a miss raises KeyError(key)."""

    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                continue
        raise KeyError(key)


_NO_MAPPING = {}    # default of the positional mapping argument: "none given"


def _placeholder_regex(cls):
    # the four alternatives, tried in this order after the delimiter:
    #   escaped  the delimiter doubled
    #   named    an identifier right after it
    #   braced   an identifier in braces
    #   invalid  empty: any other use of the delimiter
    delim = _re.escape(cls.delimiter)
    braced = cls.braceidpattern or cls.idpattern
    return ('%s(?:\n'
            '  (?P<escaped>%s)\n'
            '| (?P<named>%s)\n'
            '| {(?P<braced>%s)}\n'
            '| (?P<invalid>)\n'
            ')' % (delim, delim, cls.idpattern, braced))


class Template:
    """A string with $-placeholders: $name or ${name}; $$ stands for a lone $.

    Subclasses may change `delimiter`, `idpattern` (what a name looks like),
    `braceidpattern` (the same inside braces, default idpattern) and `flags`; or give a
    whole `pattern` with the groups escaped, named, braced and invalid.  The class
    attribute `pattern` is compiled (with flags | re.VERBOSE) when the class is created."""

    delimiter = '$'
    flags = _re.IGNORECASE
    # [a-z] with IGNORECASE would also match some non-ASCII letters, hence the local
    # ASCII flag (re.ASCII in `flags` would change existing subclasses)
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        super().__init_subclass__()
        own = cls.__dict__
        source = own['pattern'] if 'pattern' in own else _placeholder_regex(cls)
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def _unexpected(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def _raise_invalid(self, mo):
        # 1-based line and column of the text following the bad delimiter
        before = self.template[:mo.start('invalid')].splitlines(keepends=True)
        line = len(before) or 1
        col = len(before[-1]) if before else 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))

    def _fill(self, mapping, kws, strict):
        if mapping is _NO_MAPPING:
            values = kws
        else:
            values = _Layered(kws, mapping) if kws else mapping

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if strict:
                    return str(values[name])
                try:
                    return str(values[name])
                except KeyError:
                    return mo.group()       # unknown names stay as written
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is None:
                raise self._unexpected()
            if strict:
                self._raise_invalid(mo)
            return mo.group()
        return self.pattern.sub(replace, self.template)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Replace every placeholder by str(value) from mapping and keywords (keywords
        win); a missing name raises KeyError, a malformed placeholder ValueError."""
        return self._fill(mapping, kws, True)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Like substitute(), but missing names and malformed placeholders are left in
        the result as they were."""
        return self._fill(mapping, kws, False)

    def is_valid(self):
        """False if the template has a malformed placeholder (substitute() would raise
        ValueError for it), else True."""
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if all(mo.group(g) is None for g in ('named', 'braced', 'escaped')):
                raise self._unexpected()
        return True

    def get_identifiers(self):
        """The placeholder names of the template, each once, in order of appearance."""
        found = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is None:
                if mo.group('invalid') is None and mo.group('escaped') is None:
                    raise self._unexpected()
            elif name not in found:
                found.append(name)
        return found


# __init_subclass__ runs for subclasses only: compile the base class's pattern here
Template.__init_subclass__()


# ---- what CPython's _string module does: parsing format strings and field names --------

_INDEX_MAX = (1 << 63) - 1      # Py_ssize_t


def _index_of(text):
    """int(text) if text is a non-empty run of decimal digits, else None."""
    if not text or not text.isdecimal():
        return None
    value = 0
    for ch in text:
        value = value * 10 + int(ch)
        if value > _INDEX_MAX:
            raise ValueError("Too many decimal digits in format string")
    return value


def _check_str(obj):
    if not isinstance(obj, str):
        raise TypeError('expected str, got %s' % type(obj).__name__)


def _read_field(text, pos):
    """Parse a replacement field whose '{' is just before `pos`; return
    (field name, format spec, conversion or None, position after the closing '}')."""
    end = len(text)
    name_start = pos
    stop = None
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch == '{':
            raise ValueError("unexpected '{' in field name")
        if ch == '[':
            # anything goes inside an index, up to the next ']'
            close = text.find(']', pos)
            pos = end if close < 0 else close
        elif ch in '}:!':
            stop = ch
            break
    if stop is None:
        raise ValueError("expected '}' before end of string")
    name = text[name_start:pos - 1]
    if stop == '}':
        return name, '', None, pos
    conversion = None
    if stop == '!':
        if pos >= end:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[pos]
        if conversion == '\0':
            conversion = None       # the C code uses NUL for "no conversion"
        pos += 1
        if pos < end:
            ch = text[pos]
            pos += 1
            if ch == '}':
                return name, '', conversion, pos
            if ch != ':':
                raise ValueError("expected ':' after conversion specifier")
    # the spec runs to the matching '}'; nested {fields} in it are expanded later
    spec_start = pos
    depth = 1
    while pos < end:
        ch = text[pos]
        pos += 1
        if ch == '{':
            depth += 1
        elif ch == '}':
            depth -= 1
            if not depth:
                return name, text[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _iter_format(text):
    end = len(text)
    pos = 0
    while pos < end:
        opening = text.find('{', pos)
        closing = text.find('}', pos)
        if opening < 0 and closing < 0:
            yield text[pos:], None, None, None
            return
        brace = opening if closing < 0 or 0 <= opening < closing else closing
        ch = text[brace]
        doubled = brace + 1 < end and text[brace + 1] == ch
        if ch == '}' and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if ch == '{' and brace + 1 == end:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            # '{{' or '}}': the literal text ends with one brace, no field follows
            yield text[pos:brace + 1], None, None, None
            pos = brace + 2
            continue
        name, spec, conversion, pos_after = _read_field(text, brace + 1)
        yield text[pos:brace], name, spec, conversion
        pos = pos_after


def _parse_format(text):
    """Like _string.formatter_parser: an iterator of (literal text, field name, format
    spec, conversion) tuples, the last three None when no field follows the text."""
    _check_str(text)
    return _iter_format(text)


def _accessors(name, pos):
    # the '.attr' and '[key]' parts after the first name: (True, attr) or (False, key)
    end = len(name)
    while pos < end:
        ch = name[pos]
        pos += 1
        if ch == '.':
            stop = pos
            while stop < end and name[stop] not in '.[':
                stop += 1
            part = name[pos:stop]
            pos = stop
            item = (True, part)
        elif ch == '[':
            close = name.find(']', pos)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            part = name[pos:close]
            pos = close + 1
            index = _index_of(part)
            item = (False, part if index is None else index)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not part:
            raise ValueError("Empty attribute in format string")
        yield item


def _split_field_name(name):
    """Like _string.formatter_field_name_split: (first name, or int if it is a number;
    an iterator of (is attribute, attribute name or key) for the rest)."""
    _check_str(name)
    cut = 0
    while cut < len(name) and name[cut] not in '.[':
        cut += 1
    first = name[:cut]
    index = _index_of(first)
    return (first if index is None else index), _accessors(name, cut)


# ---- Formatter ----------------------------------------------------------------------------

_MIXED_NUMBERING = ('cannot switch from manual field specification to automatic field '
                    'numbering')


class Formatter:
    """str.format() in Python, as a set of methods subclasses can override:
    vformat -> parse, get_field (-> get_value), convert_field, format_field,
    and check_unused_args at the end."""

    def format(self, format_string, /, *args, **kwargs):
        """Format like format_string.format(*args, **kwargs)."""
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        """format() with the arguments given as a sequence and a mapping."""
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index: the next automatic number, or False once a field was numbered
        # by hand (mixing the two styles is an error)
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field is None:
                continue
            if field == '':
                if auto_arg_index is False:
                    raise ValueError(_MIXED_NUMBERING)
                field = str(auto_arg_index)
                auto_arg_index += 1
            elif field.isdigit():
                if auto_arg_index:
                    raise ValueError(_MIXED_NUMBERING)
                auto_arg_index = False
            value, source = self.get_field(field, args, kwargs)
            used_args.add(source)
            value = self.convert_field(value, conversion)
            # the spec may itself contain fields, e.g. '{:{width}}'
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion) for the
        format string; the last three are None if the literal is not followed by a
        field."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name like 'a.b[0]' refers to, and the key (int position
        or keyword name) of the argument it starts from."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, part in rest:
            obj = getattr(obj, part) if is_attr else obj[part]
        return obj, first

    def get_value(self, key, args, kwargs):
        """args[key] for an int key, kwargs[key] otherwise."""
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called with the keys of the arguments used; may raise for unused ones.  This
        one accepts anything."""

    def format_field(self, value, format_spec):
        """Format one (converted) value; the built-in format() by default."""
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Apply a '!s', '!r' or '!a' conversion (None: none)."""
        if conversion is None:
            return value
        for code, convert in (('s', str), ('r', repr), ('a', ascii)):
            if conversion == code:
                return convert(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))
