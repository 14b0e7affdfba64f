#!/usr/bin/env python3
"""Generate tests/data/bytes/vectors.h: bytes/bytearray/codec cases evaluated by CPython 3.11.

Each case is (self, op, args, expect, after). Values are encoded as text the C test parses:
  b:HEX bytes   a:HEX bytearray   s:HEX str (UTF-8, surrogatepass)   i:DEC int
  n None   T/F bools   (v,v,...) tuple (lists are shown as tuples: split() returns a tuple
  in heapscope until the list type installs its hook)   k:NAME=VALUE a keyword argument
  E:Type:message an exception (str() of it; UnicodeErrors add |start|end|encoding)
'op' is a method name called through attribute lookup, or one of the operators below.
'after' is self after the call for bytearray ("a:HEX@ALLOC", ALLOC = __alloc__()).
Run: python3 tools/gen_bytes_vectors.py > tests/data/bytes/vectors.h
"""
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"


def enc(v):
    if isinstance(v, bool):
        return "T" if v else "F"
    if v is None:
        return "n"
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, bytes):
        return "b:" + v.hex()
    if isinstance(v, bytearray):
        return "a:" + bytes(v).hex()
    if isinstance(v, str):
        return "s:" + v.encode("utf-8", "surrogatepass").hex()
    if isinstance(v, (tuple, list)):
        return "(" + ",".join(enc(x) for x in v) + ")"
    raise TypeError(type(v))


class Kw:
    def __init__(self, name, value):
        self.name, self.value = name, value


OPS = {
    "op:concat": lambda s, o: s + o,
    "op:repeat": lambda s, n: s * n,
    "op:getitem": lambda s, k: s[k],
    "op:contains": lambda s, x: x in s,
    "op:len": lambda s: len(s),
    "op:repr": lambda s: repr(s),
    "op:iter": lambda s: tuple(iter(s)),
    "op:lt": lambda s, o: s < o, "op:le": lambda s, o: s <= o, "op:eq": lambda s, o: s == o,
    "op:ne": lambda s, o: s != o, "op:gt": lambda s, o: s > o, "op:ge": lambda s, o: s >= o,
    "op:bytes": lambda s, *a, **k: bytes(*a, **k),
    "op:bytearray": lambda s, *a, **k: bytearray(*a, **k),
}


def iconcat(s, o):
    s += o
    return None


def irepeat(s, n):
    s *= n
    return None


def setitem(s, k, v):
    s[k] = v


def delitem(s, k):
    del s[k]


OPS.update({"op:iconcat": iconcat, "op:irepeat": irepeat, "op:setitem": setitem,
            "op:delitem": delitem})


def exc_text(e):
    t = "E:%s:%s" % (type(e).__name__, e)
    if isinstance(e, (UnicodeDecodeError, UnicodeEncodeError)):
        t += "|%d|%d|%s" % (e.start, e.end, e.encoding)
    return t


def run(selfv, op, args):
    pos = [a for a in args if not isinstance(a, Kw)]
    kw = {a.name: a.value for a in args if isinstance(a, Kw)}
    if isinstance(selfv, bytearray):
        selfv = bytearray(selfv)
    try:
        if op in OPS:
            r = OPS[op](selfv, *pos, **kw)
        else:
            r = getattr(selfv, op)(*pos, **kw)
        if op == "op:repr":
            res = enc(r)
        elif op in ("op:iconcat", "op:irepeat") or isinstance(r, type(None)):
            res = "n"
        else:
            res = enc(r)
    except Exception as e:  # noqa: BLE001 - the exception is the expected value
        res = exc_text(e)
    after = ""
    if isinstance(selfv, bytearray):
        after = "a:%s@%d" % (bytes(selfv).hex(), selfv.__alloc__())
    return res, after


def arg_text(a):
    if isinstance(a, Kw):
        return "k:%s=%s" % (a.name, enc(a.value))
    return enc(a)


CASES = []


def case(selfv, op, *args, both=True):
    selves = [selfv]
    if both and isinstance(selfv, bytes):
        selves.append(bytearray(selfv))
    for s in selves:
        res, after = run(s, op, args)
        CASES.append((enc(s), op, " ".join(arg_text(a) for a in args), res, after))


B = bytes
# ---- search ----
for m in ("find", "rfind", "index", "rindex", "count"):
    for hay in (b"", b"abcabc", b"aaaa"):
        for args in ((b"a",), (b"bc",), (b"",), (b"z",), (98,), (b"a", 1), (b"a", -2),
                     (b"a", 1, 4), (b"a", None, -1), (b"", 10), (b"aa",), (300,), ("a",),
                     (), (b"a", 1, 2, 3), (b"a", "x"), (bytearray(b"c"),)):
            case(hay, m, *args)
    case(b"abc", m, b"a", Kw("start", 1))
for m in ("startswith", "endswith"):
    for args in ((b"ab",), (b"bc",), (b"",), ((b"x", b"ab"),), ((b"x", "y"),), ("a",),
                 (b"b", 1), (b"b", 1, 2), (b"abcd",), (b"c", -1), (b"", 4), (b"", 3),
                 (97,), ()):
        case(b"abc", m, *args)
# ---- split family ----
for hay in (b"", b"  a b  c ", b"a,b,,c", b"abc", b"\t\na\x0bb\x0cc\rd\x1ce"):
    for args in ((), (b",",), (b",", 1), (None, 1), (Kw("maxsplit", 1),), (Kw("sep", b","),),
                 (b"",), ("x",), (b",", "1"), (None, 0), (b",", -5), (b"b",), (b"a,",)):
        case(hay, "split", *args)
        case(hay, "rsplit", *args)
for hay in (b"", b"a\nb\r\nc\rd", b"a\n\nb\n", b"\r\n", b"abc", b"x\r"):
    for args in ((), (True,), (1,), (Kw("keepends", True),), ("x",), (0, 1)):
        case(hay, "splitlines", *args)
# ---- join, strip, replace, partition ----
for sep in (b"", b", "):
    for items in ((), (b"a",), (b"a", bytearray(b"b"), b"c"), (b"a", "b"), (b"a", 1)):
        case(sep, "join", items)
case(b"x", "join", 5)
for m in ("strip", "lstrip", "rstrip"):
    for hay in (b"", b"  ab c \t\n", b"xxaxbxx", b"abc"):
        for args in ((), (None,), (b"x",), (b"xa",), ("x",), (b"x", b"y"), (b"",)):
            case(hay, m, *args)
for hay in (b"", b"abcabc", b"aaa"):
    for args in ((b"a", b"X"), (b"a", b"XY", 1), (b"", b"-"), (b"", b"-", 2), (b"bc", b""),
                 (b"q", b"z"), (b"a", b"b", 0), (b"a", b"b", -1), ("a", b"b"), (b"a",),
                 (b"a", b"b", "1"), (b"aa", b"a")):
        case(hay, "replace", *args)
for m in ("partition", "rpartition"):
    for hay in (b"", b"a-b-c", b"abc"):
        for args in ((b"-",), (b"x",), (b"",), ("-",), (b"b-",)):
            case(hay, m, *args)
for m in ("removeprefix", "removesuffix"):
    for args in ((b"ab",), (b"c",), (b"",), (b"abcd",), ("a",), (b"bc",)):
        case(b"abc", m, *args)
# ---- case, padding, predicates ----
for hay in (b"", b"hello World", b"HELLO", b"hello", b"a1b2 c3", b"hELLO wORLD's", b"\xe9A\xc9b",
            b"123", b" \t\n", b"Title Case", b"Not title", b"ABC def", b"_a", b"1A"):
    for m in ("upper", "lower", "swapcase", "title", "capitalize", "isalnum", "isalpha",
              "isascii", "isdigit", "islower", "isspace", "istitle", "isupper"):
        case(hay, m)
case(b"a", "upper", 1)
for m in ("center", "ljust", "rjust"):
    for hay in (b"", b"ab", b"abc"):
        for args in ((5,), (6, b"*"), (2,), (-1,), (7, bytearray(b"-")), (5, b"ab"), (5, "*"),
                     ("5",), (), (1, 2, 3)):
            case(hay, m, *args)
for hay in (b"", b"42", b"-42", b"+4", b"abc", b"-"):
    for args in ((5,), (1,), ("3",)):
        case(hay, "zfill", *args)
for hay in (b"a\tb", b"\t", b"ab\tc\nd\te", b"x\r\ty", b"no tabs"):
    for args in ((), (4,), (0,), (-1,), (Kw("tabsize", 3),), ("2",)):
        case(hay, "expandtabs", *args)
# ---- translate, maketrans, hex, fromhex ----
table = bytes(range(255, -1, -1))
for hay in (b"", b"abc", b"hello"):
    for args in ((None,), (table,), (None, b"l"), (table, b"lo"), (Kw("delete", b"a"),),
                 (b"short",), ("x",), (None, Kw("delete", b"")), ()):
        case(hay, "translate", *args)
case(b"", "maketrans", b"abc", b"xyz")
case(b"", "maketrans", b"ab", b"x")
case(b"", "maketrans", "ab", b"xy")
case(b"", "maketrans", b"ab", 1)
case(b"", "maketrans", b"ab")
for hay in (b"", b"\x00\xff", b"\x01\x02\x03\x04\x05"):
    for args in ((), (":",), (b"-",), (":", 2), (":", -2), ("::",), ("\xe9",), (1,),
                 (Kw("bytes_per_sep", 2),), (Kw("sep", "_"), Kw("bytes_per_sep", 3)),
                 (":", "2"), ("", 1)):
        case(hay, "hex", *args)
for s in ("", "00ff", "0 1", "01 02\t03", "1", "0g", " 1a 2B ", b"00", "\xe9\xe9", "12 3"):
    case(b"", "fromhex", s)
for s in ("\xa001", "01\u3000", "0\U0001f6000", "\x0b01\x0c", "abcdef0123456789ABCDEF"):
    case(b"", "fromhex", s)
for m in ("__bytes__", "__getnewargs__", "__sizeof__", "__alloc__"):
    case(b"ab", m)
# ---- operators ----
for a, b in ((b"ab", b"cd"), (b"", b""), (b"", b"x"), (b"a", "x"), (b"a", 1),
             (b"a", bytearray(b"b"))):
    case(a, "op:concat", b)
for a in (b"", b"a", b"ab"):
    for n in (-1, 0, 1, 3):
        case(a, "op:repeat", n)
for k in (0, 2, -1, -3, 3, "x", True):
    case(b"abc", "op:getitem", k)
for x in (98, b"bc", b"", 300, -1, "b", bytearray(b"c"), b"cb", None):
    case(b"abc", "op:contains", x)
for s in (b"", b"a'b", b'a"b', b"a'\"b", b"\x00\n\r\t\\\x7f\x80\xff", b"plain"):
    case(s, "op:repr")
    case(s, "op:len")
    case(s, "op:iter")
for a, b in ((b"a", b"b"), (b"ab", b"a"), (b"", b""), (b"a", bytearray(b"a")), (b"a", "a"),
             (b"\xff", b"\x00")):
    for op in ("lt", "le", "eq", "ne", "gt", "ge"):
        case(a, "op:" + op, b)
# ---- sizes past what memory allows ----
BIG = sys.maxsize
for a in (b"ab", b"a\tb"):
    case(a, "op:repeat", BIG // 2 + 1)
    case(a, "center", BIG)
    case(a, "ljust", BIG - 10)
    case(a, "zfill", BIG)
    case(a, "expandtabs", BIG)
    case(a, "expandtabs", -BIG)
    case(a, "expandtabs", 2 ** 31)
    case(a, "replace", b"", b"x" * 3, BIG)
# ---- constructors ----
for args in ((), (3,), (0,), (-1,), (b"xy",), (bytearray(b"z"),), ([1, 2, 255],), ((1, 256),),
             ([1, "a"],), ((),), ("abc",), ("abc", "utf-8"), ("h\xe9", "latin-1"),
             ("h\xe9", "ascii"), ("\xe9", "ascii", "replace"), (1, "utf-8"), (b"x", None, "x"),
             (Kw("errors", "strict"),), (Kw("encoding", "utf-8"),), (None,),
             ("x", "nope"), ("x", 1), (Kw("source", b"q"),), (Kw("zz", 1),),
             (b"a", "b", "c", "d"), ((1, -1),)):
    case(b"", "op:bytes", *args, both=False)
    case(bytearray(), "op:bytearray", *args)
# ---- bytearray mutation ----
BA = bytearray
for s in (BA(), BA(b"abc"), BA(b"abcdefghijkl")):
    for op, args in (("append", (100,)), ("append", (256,)), ("append", ("a",)),
                     ("extend", (b"xyz",)), ("extend", ([1, 2, 3, 4, 5],)), ("extend", (5,)),
                     ("extend", ("ab",)), ("extend", ((300,),)), ("extend", (tuple(range(20)),)),
                     ("insert", (0, 120)), ("insert", (-1, 120)), ("insert", (99, 120)),
                     ("insert", (0, 999)), ("insert", ("0", 1)), ("pop", ()), ("pop", (0,)),
                     ("pop", (-2,)), ("pop", (10,)), ("pop", ("x",)), ("remove", (98,)),
                     ("remove", (120,)), ("clear", ()), ("copy", ()), ("reverse", ()),
                     ("__alloc__", ()), ("op:iconcat", (b"defg",)), ("op:iconcat", ("x",)),
                     ("op:irepeat", (3,)), ("op:irepeat", (0,)), ("op:irepeat", (1,)),
                     ("op:setitem", (0, 65)), ("op:setitem", (-1, 66)), ("op:setitem", (5, 1)),
                     ("op:setitem", (0, 256)), ("op:setitem", (0, b"a")),
                     ("op:delitem", (0,)), ("op:delitem", (-1,)), ("op:delitem", (7,)),
                     ("op:getitem", (1,)), ("op:getitem", (9,)), ("op:getitem", ("a",)),
                     ("op:concat", (b"!",)), ("op:repeat", (2,)), ("op:repr", ()),
                     ("upper", ()), ("split", (b"b",)), ("strip", (b"a",)),
                     ("decode", ()), ("__sizeof__", ())):
            case(s, op, *args)
# appending one at a time: the resize policy, through __alloc__
grow = BA()
for i in range(40):
    case(grow, "append", i)
    grow.append(i)
shrink = BA(range(40))
for i in range(40):
    case(shrink, "pop", 0)
    shrink.pop(0)
# ---- codecs ----
STRS = ["", "abc", "h\xe9llo", "\u20ac", "a\U0001f600b", "\ud800", "a\udc80b", "\udcff",
        "\ud83d\ude00", "\x00\x7f\x80\xff", "\u0100", "x\ud800\udc00y", "\U0010ffff"]
ENCS = ["utf-8", "UTF8", "u8", "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1",
        "L1", "utf-16", "utf-16-le", "UTF_16BE", "utf-32", "utf-32-le", "utf-32-be", "U32",
        "utf_16", " utf--8 ", "ISO8859_1", "bogus"]
HANDLERS = [None, "strict", "ignore", "replace", "backslashreplace", "surrogateescape",
            "surrogatepass", "xmlcharrefreplace", "namereplace", "nosuch"]
for s in STRS:
    for e in ENCS:
        for h in HANDLERS:
            args = (e,) if h is None else (e, h)
            res, _ = run(s, "encode", args)
            CASES.append((enc(s), "encode", " ".join(arg_text(a) for a in args), res, ""))
DATA = [b"", b"abc", b"\xff", b"a\x80b", b"\xc3\xa9", b"\xe2\x82", b"\xe2\x28\xa1",
        b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"\xed\xa0\x80\xed\xb0\x80",
        b"\xc0\x80", b"\xf4\x90\x80\x80", b"\xf5", b"\xe0\x80\x80", b"\xff\xfea\x00",
        b"\xfe\xff\x00a", b"a\x00\x00\xd8", b"\x00\xdc\x00\x00", b"\x00\xd8a\x00", b"a",
        b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"abcde",
        b"\x00\xd8\x00\xdc", b"\x80abc\xff"]
DENCS = ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
         "utf-32-le", "utf-32-be", "xyz"]
for d in DATA:
    for e in DENCS:
        for h in HANDLERS[:8] + ["nosuch"]:
            args = (e,) if h is None else (e, h)
            res, _ = run(d, "decode", args)
            CASES.append((enc(d), "decode", " ".join(arg_text(a) for a in args), res, ""))
for args in ((), (Kw("encoding", "ascii"),), (Kw("errors", "ignore"),), (1,), ("utf-8", 2),
             ("a", "b", "c"), (Kw("foo", 1),), ("utf-8", Kw("encoding", "ascii"))):
    case(b"\xc3\xa9", "decode", *args)
    res, _ = run("\xe9", "encode", args)
    CASES.append((enc("\xe9"), "encode", " ".join(arg_text(a) for a in args), res, ""))
# ---- argument-count messages of every method (calling conventions) ----
for m in sorted(set(dir(bytes)) & set(dir(bytearray))):
    if m.startswith("_") or m in ("fromhex", "maketrans"):
        continue
    for args in ((), (b"a",) * 4, (b"a", Kw("zz", 1))):
        case(b"ab", m, *args)
for m in ("append", "extend", "insert", "pop", "remove", "clear", "copy", "reverse",
          "__alloc__", "fromhex", "maketrans"):
    for args in ((), (1,) * 4, (1, Kw("zz", 1))):
        case(BA(b"ab"), m, *args)


def cstr(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


print("/* Generated by tools/gen_bytes_vectors.py from CPython %s; do not edit. */"
      % sys.version.split()[0])
print("static const struct { const char *self, *op, *args, *expect, *after; } bytes_vectors[] = {")
for c in CASES:
    print("    {%s}," % ", ".join(cstr(x) for x in c))
print("};")
