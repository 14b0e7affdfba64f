"""JSON encoding and decoding (CPython 3.11: the json package), heapscope's own single-module
implementation with CPython's API, output and error messages (those of CPython's C scanner,
which CPython uses by default). The string scanner and encoders come from the `_json` C
module (src/modules/jsonmodule.c); the rest is plain Python. `json.decoder` and `json.encoder` are bundled as small
modules re-exporting from here."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

__version__ = '2.0.9'

INFINITY = float('inf')

# ==== errors ====


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ==== encoding ====

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r',
            '\t': '\\t'}


def _escape_char(c):
    e = _ESCAPES.get(c)
    return e if e is not None else '\\u%04x' % ord(c)


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = []
    for c in s:
        if c in _ESCAPES or c < ' ':
            out.append(_escape_char(c))
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = []
    for c in s:
        if ' ' <= c <= '~' and c != '"' and c != '\\':
            out.append(c)
        elif c in _ESCAPES or c < ' ':
            out.append(_escape_char(c))
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff),
                                               0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


try:
    from _json import encode_basestring, encode_basestring_ascii
except ImportError:
    encode_basestring = py_encode_basestring
    encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring

        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__, _inf=INFINITY,
                     _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                # CPython's C encoder (one-shot, no indent) leaves the value out of the message
                if _one_shot and self.indent is None:
                    raise ValueError("Out of range float values are not JSON compliant")
                raise ValueError("Out of range float values are not JSON compliant: "
                                 + repr(o))
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        _iterencode = _make_iterencode(markers, self.default, _encoder, indent, floatstr,
                                       self.key_separator, self.item_separator,
                                       self.sort_keys, self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator,
                     _item_separator, _sort_keys, _skipkeys, _one_shot):
    _intstr = int.__repr__

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, int):
                yield buf + _intstr(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                yield _intstr(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            else:
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield _intstr(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if markers is not None:
                del markers[markerid]
    return _iterencode


# ==== decoding ====

_WS = ' \t\n\r'
_CONSTANTS = {'-Infinity': -INFINITY, 'Infinity': INFINITY, 'NaN': float('nan')}
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t'}
_HEX = '0123456789abcdefABCDEF'


def _skip_ws(s, end):
    n = len(s)
    while end < n and s[end] in _WS:
        end += 1
    return end


def _decode_uXXXX(s, pos):
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1] not in 'xX' and all(c in _HEX for c in esc):
        return int(esc, 16)
    msg = "Invalid \\uXXXX escape"
    raise JSONDecodeError(msg, s, pos)


def py_scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the character in s after
    the quote that started the JSON string. Returns a tuple of the decoded string and the
    index of the character in s after the end quote."""
    chunks = []
    _append = chunks.append
    begin = end - 1
    n = len(s)
    while 1:
        start = end
        quote = s.find('"', end)
        stop = s.find('\\', end, quote if quote >= 0 else n)
        stop = quote if stop < 0 else stop
        if stop >= 0 and s[end:stop].isprintable():
            end = stop  # no control character before the quote or backslash
        else:
            while end < n and s[end] != '"' and s[end] != '\\' and not (s[end] < ' '):
                end += 1
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        content = s[start:end]
        terminator = s[end]
        end += 1
        if content:
            _append(content)
        if terminator == '"':
            break
        elif terminator != '\\':
            if strict:
                raise JSONDecodeError("Invalid control character at", s, end - 1)
            else:
                _append(terminator)
                continue
        try:
            esc = s[end]
        except IndexError:
            raise JSONDecodeError("Unterminated string starting at", s, begin) from None
        if esc != 'u':
            try:
                char = _BACKSLASH[esc]
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            end += 1
        else:
            uni = _decode_uXXXX(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _decode_uXXXX(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            char = chr(uni)
        _append(char)
    return ''.join(chunks), end


try:
    from _json import scanstring
except ImportError:
    scanstring = py_scanstring


def _match_number(s, idx):
    """CPython's NUMBER_RE: (-?(?:0|[1-9]\\d*))(\\.\\d+)?([eE][-+]?\\d+)? at idx, or None."""
    n = len(s)
    i = idx
    if i < n and s[i] == '-':
        i += 1
    if i < n and s[i] == '0':
        i += 1
    elif i < n and '1' <= s[i] <= '9':
        i += 1
        while i < n and '0' <= s[i] <= '9':
            i += 1
    else:
        return None
    integer = s[idx:i]
    frac = exp = ''
    if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
        j = i + 2
        while j < n and '0' <= s[j] <= '9':
            j += 1
        frac, i = s[i:j], j
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        if j < n and '0' <= s[j] <= '9':
            while j < n and '0' <= s[j] <= '9':
                j += 1
            exp, i = s[i:j], j
    return integer, frac, exp, i


def _make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        elif nextchar == '{':
            return parse_object((string, idx + 1), strict, _scan_once, object_hook,
                                object_pairs_hook, memo)
        elif nextchar == '[':
            return parse_array((string, idx + 1), _scan_once)
        elif nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        elif nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        elif nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5
        m = _match_number(string, idx)
        if m is not None:
            integer, frac, exp, end = m
            if frac or exp:
                res = parse_float(integer + frac + exp)
            else:
                res = parse_int(integer)
            return res, end
        elif nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        elif nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        elif nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        else:
            raise StopIteration(idx)

    def scan_once(string, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = _make_scanner


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
    s, end = s_and_end
    pairs = []
    pairs_append = pairs.append
    if memo is None:
        memo = {}
    memo_get = memo.setdefault
    nextchar = s[end:end + 1]
    if nextchar != '"':
        if nextchar in _WS:
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
        if nextchar == '}':
            if object_pairs_hook is not None:
                result = object_pairs_hook(pairs)
                return result, end + 1
            pairs = {}
            if object_hook is not None:
                pairs = object_hook(pairs)
            return pairs, end + 1
        elif nextchar != '"':
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = memo_get(key, key)
        if s[end:end + 1] != ':':
            end = _skip_ws(s, end)
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end += 1
        if end < len(s) and s[end] in _WS:
            end = _skip_ws(s, end + 1)
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        pairs_append((key, value))
        nextchar = s[end:end + 1]
        if nextchar in _WS and nextchar:
            end = _skip_ws(s, end + 1)
            nextchar = s[end:end + 1]
        end += 1
        if nextchar == '}':
            break
        elif nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        end += 1
        if nextchar != '"':
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end - 1)
    if object_pairs_hook is not None:
        result = object_pairs_hook(pairs)
        return result, end
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, end


def JSONArray(s_and_end, scan_once):
    s, end = s_and_end
    values = []
    nextchar = s[end:end + 1]
    if nextchar in _WS and nextchar:
        end = _skip_ws(s, end + 1)
        nextchar = s[end:end + 1]
    if nextchar == ']':
        return values, end + 1
    _append = values.append
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        _append(value)
        nextchar = s[end:end + 1]
        if nextchar in _WS and nextchar:
            end = _skip_ws(s, end + 1)
            nextchar = s[end:end + 1]
        end += 1
        if nextchar == ']':
            break
        elif nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        if end < len(s) and s[end] in _WS:
            end = _skip_ws(s, end + 1)
    return values, end


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder"""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end


# ==== the module functions ====

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(cls, kw, settings):
    """The encoder dump()/dumps() use: the shared default one when nothing asks for
    different behaviour, else a new instance of cls (JSONEncoder by default)."""
    usual = (cls is None and not kw and not settings['skipkeys'] and
             not settings['sort_keys'] and settings['ensure_ascii'] and
             settings['check_circular'] and settings['allow_nan'] and
             settings['indent'] is None and settings['separators'] is None and
             settings['default'] is None)
    if usual:
        return _default_encoder
    return (JSONEncoder if cls is None else cls)(**settings, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a ``.write()``-supporting
    file-like object)."""
    encoder = _encoder(cls, kw, dict(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys))
    write = fp.write
    for piece in encoder.iterencode(obj):   # written as produced, piece by piece
        write(piece)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    encoder = _encoder(cls, kw, dict(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys))
    return encoder.encode(obj)


# byte order marks, longest first (the UTF-32 LE one begins with the UTF-16 LE one)
_BOMS = ((b'\xff\xfe\x00\x00', 'utf-32'), (b'\x00\x00\xfe\xff', 'utf-32'),
         (b'\xff\xfe', 'utf-16'), (b'\xfe\xff', 'utf-16'), (b'\xef\xbb\xbf', 'utf-8-sig'))


def detect_encoding(b):
    """The encoding of a JSON document given as bytes: told by its byte order mark or,
    without one, by which of the first bytes are zero (JSON text begins with ASCII)."""
    for mark, encoding in _BOMS:
        if b.startswith(mark):
            return encoding
    size = len(b)
    if size >= 4:
        if b[0] == 0:
            return 'utf-32-be' if b[1] == 0 else 'utf-16-be'
        if b[1] == 0:
            return 'utf-32-le' if b[2] == 0 and b[3] == 0 else 'utf-16-le'
    elif size == 2:
        if b[0] == 0:
            return 'utf-16-be'
        if b[1] == 0:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object containing a JSON
    document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance containing a JSON
    document) to a Python object."""
    if isinstance(s, (bytes, bytearray)):
        enc = detect_encoding(s)
        if enc == 'utf-8-sig':
            # the codec registry has no utf-8-sig: drop the BOM and read the rest as UTF-8
            s = bytes(s[3:]).decode('utf-8', 'surrogatepass')
        else:
            s = s.decode(enc, 'surrogatepass')
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not '
                        + s.__class__.__name__)
    elif s[:1] == '\ufeff':
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    # the hooks that were given are passed on to the decoder, after any other keywords
    hooks = (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
             ('parse_float', parse_float), ('parse_int', parse_int),
             ('parse_constant', parse_constant))
    kw.update((name, hook) for name, hook in hooks if hook is not None)
    if cls is None and not kw:
        return _default_decoder.decode(s)
    return (JSONDecoder if cls is None else cls)(**kw).decode(s)
