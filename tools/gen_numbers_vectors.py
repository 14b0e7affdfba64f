#!/usr/bin/env python3
"""Write the CPython 3.11 oracle vectors for the int, bool, float and complex objects
(src/obj/longobject.c, longmethods.c, floatobject.c, floatmethods.c, complexobject.c) to
tests/data/numbers/. Run from the repository root:  python3 tools/gen_numbers_vectors.py
The output is deterministic (no hash of a NaN, no str hashes).

Operands are written as  i:<decimal>  b:0|1  f:<16 hex digits of the IEEE-754 bits>
c:<bits>,<bits>. A result is '=' + repr(result) or '!' + exception class + ':' + message.
Text fields escape backslash, TAB, LF, CR and other C0 controls as \\\\ \\t \\n \\r \\xHH.

  binops.txt   op  a  b  result      (op: + - * / // % divmod ** << >> & | ^ == != < <= > >=)
  unary.txt    op  a  result         (neg pos abs invert bool int float hash repr str and
                                      methods: trunc floor ceil round round:N is_integer
                                      as_integer_ratio bit_length bit_count conjugate real
                                      imag numerator denominator sizeof hex format:SPEC)
  ctor.txt     type  base  text  result   (int(text[, base]), float(text), complex(text);
                                           base '-' when not given)
  pow3.txt     a  b  m  result       (pow(a, b, m))
"""
import math
import os
import struct

OUT = os.path.join("tests", "data", "numbers")


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif o < 32 or o == 127:
            out.append("\\x%02x" % o)
        else:
            out.append(ch)
    return "".join(out)


def fbits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def enc(v):
    if isinstance(v, bool):
        return "b:%d" % int(v)
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + fbits(v)
    if isinstance(v, complex):
        return "c:%s,%s" % (fbits(v.real), fbits(v.imag))
    raise TypeError(v)


def result(fn):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - every exception is a vector
        return "!%s:%s" % (type(e).__name__, esc(str(e)))
    return "=" + esc(repr(r))


INF, NAN = math.inf, math.nan
INTS = [0, 1, -1, 2, -3, 7, 255, 256, -5, -6, 2**30 - 1, 2**30, -(2**30) + 1, -(2**30),
        2**31, 2**53 + 1, 2**62, -(2**63), 2**64 - 1, 10**20, -(10**25) + 7, 3**100,
        2**1024, -(2**1023) * 3]
BOOLS = [True, False]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.25, 2.5, 3.0, 7.0, 1e16, 1e-7, 1e300, 5e-324,
          2.0**53, 2.0**63, 9007199254740993.0, 0.1, INF, -INF, NAN, 1e308]
COMPLEXES = [0j, 1j, 1 + 2j, -1.5 - 0.5j, complex(-0.0, -0.0), complex(0.0, -0.0),
             complex(INF, NAN), complex(1e300, 1e300), 3 + 0j, complex(-0.0, 2.0)]

BINOPS = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
    "divmod": divmod, "**": lambda a, b: a ** b, "<<": lambda a, b: a << b,
    ">>": lambda a, b: a >> b, "&": lambda a, b: a & b, "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b, "==": lambda a, b: a == b, "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def too_big(op, a, b):
    """Skip results that would be huge (or take long) to compute."""
    if op == "**" and isinstance(a, int) and isinstance(b, int):
        return abs(b) > 64 and abs(a) > 1 or (abs(b) > 8 and a.bit_length() > 64)
    if op == "<<" and isinstance(b, int) and not isinstance(a, (float, complex)):
        return b > 2000
    if op == "**" and isinstance(b, int) and isinstance(a, (float, complex)):
        return False
    return False


PAIR_POOL = ([0, 1, -1, 7, -3, 2**30 - 1, 2**30, -(2**30), 2**62, 10**20, -(2**63), 2**200]
             + BOOLS + [0.0, -0.0, 1.5, -2.25, 3.0, 1e300, 5e-324, 2.0**63, 0.1, INF, -INF, NAN]
             + [0j, 1 + 2j, -1.5 - 0.5j, complex(-0.0, -0.0), complex(INF, NAN), 3 + 0j])


def gen_binops():
    lines = []
    pool = PAIR_POOL
    small = [0, 1, -1, 2, -3, 7, 2**30 - 1, 2**30, -(2**30), 2**62, 10**20, 3**100, 2**1024]
    for op, fn in BINOPS.items():
        if op in ("**",):
            left = small + BOOLS + FLOATS + COMPLEXES[:6]
            right = [0, 1, -1, 2, -3, 7, 64, 2**30, True, False, 0.0, 0.5, -1.5, 2.0, 1e300,
                     INF, NAN, -INF, 1j, 2 + 0j, -1 + 0j, 0.5 + 0.5j]
        elif op in ("<<", ">>"):
            left = INTS + BOOLS + [1.5, 1j]
            right = [0, 1, 5, 29, 30, 31, 32, 61, 62, 63, 64, 100, 1000, -1, 2**64, True, 1.0]
        else:
            left = right = pool
        for a in left:
            for b in right:
                if too_big(op, a, b):
                    continue
                lines.append("\t".join([op, enc(a), enc(b), result(lambda: fn(a, b))]))
        if op not in ("**", "<<", ">>"):
            huge = [2**1024, -(2**1024) - 1, 2**1024 - 2**970, 2**1024 - 2**971]
            for h in huge:
                for o in [1, 1.0, 1.5, 1e308, -1e308, INF, NAN, 1j, 2.0**1023, 2**1023]:
                    lines.append("\t".join([op, enc(h), enc(o), result(lambda: fn(h, o))]))
                    lines.append("\t".join([op, enc(o), enc(h), result(lambda: fn(o, h))]))
    return lines


UNARY = {
    "neg": lambda a: -a, "pos": lambda a: +a, "abs": abs, "invert": lambda a: ~a,
    "bool": bool, "int": int, "float": float, "repr": repr, "str": str,
    "trunc": lambda a: a.__trunc__(), "floor": lambda a: a.__floor__(),
    "ceil": lambda a: a.__ceil__(), "round": lambda a: a.__round__(),
    "round:-1": lambda a: a.__round__(-1), "round:-2": lambda a: a.__round__(-2),
    "round:0": lambda a: a.__round__(0), "round:1": lambda a: a.__round__(1),
    "round:3": lambda a: a.__round__(3), "round:-30": lambda a: a.__round__(-30),
    "is_integer": lambda a: a.is_integer(), "as_integer_ratio": lambda a: a.as_integer_ratio(),
    "bit_length": lambda a: a.bit_length(), "bit_count": lambda a: a.bit_count(),
    "conjugate": lambda a: a.conjugate(), "real": lambda a: a.real, "imag": lambda a: a.imag,
    "numerator": lambda a: a.numerator, "denominator": lambda a: a.denominator,
    "sizeof": lambda a: a.__sizeof__(), "hex": lambda a: a.hex(),
}
FORMATS = ["", "d", "x", "#X", "b", "o", ",", "_", "+08,d", "^12", "e", ".3f", "g", "%", "c",
           ".2", "n", "#o", "=+10.4g", "z.1f"]


def gen_unary():
    lines = []
    extra_ints = [15, 25, -25, 35, 45, 149, 150, 151, -150, 10**30 + 5 * 10**29, 5]
    extra_floats = [2.675, 0.125, 0.375, -0.5, 1234.5678, 1e22, 123456789.125, 1e-5,
                    0.30000000000000004, 2.0**-1074, 1.7976931348623157e308]
    pool = INTS + extra_ints + BOOLS + FLOATS + extra_floats + COMPLEXES
    for a in pool:
        for op, fn in UNARY.items():
            if op == "hash" and isinstance(a, float) and math.isnan(a):
                continue
            lines.append("\t".join([op, enc(a), result(lambda: fn(a))]))
        if not (isinstance(a, float) and math.isnan(a)) and not (
                isinstance(a, complex) and (math.isnan(a.real) or math.isnan(a.imag))):
            lines.append("\t".join(["hash", enc(a), result(lambda: hash(a))]))
        if not isinstance(a, complex):
            for spec in FORMATS:
                lines.append("\t".join(["format:" + esc(spec), enc(a),
                                        result(lambda: format(a, spec))]))
    return lines


INT_TEXTS = ["0", "1", "-1", "+7", " 42 ", "\t-12\n", "1_000", "1__0", "_1", "1_", "0x1f",
             "0X1F", "0b101", "0o17", "017", "00", "0_0", "-0", "1e5", "1.5", "", " ", "abc",
             "12a", "z", "Z", "٣٤", "१२३", "１２", "\u2003 9 \u3000", "1\x00", "+", "-",
             "99999999999999999999999999", "-123456789012345678901234567890",
             "0x_1f", "0b_1", "0_x1", "1" * 300, "x" * 300, "ⅷ", "12\u00a0", "- 1"]
INT_BASES = ["-", "0", "2", "8", "10", "16", "36"]
FLOAT_TEXTS = ["0", "1.5", " -2.25 ", "1e5", "1E-5", "1_000.5", "1__0.0", "inf", "-Infinity",
               "+nan", "NaN", "nan(123)", "infinit", ".5", "5.", ".", "e5", "1e", "1e+",
               "0x10", "1,5", "", "   ", "١٢٣.٥", "1.5\x00", "1e400", "-1e400", "1e-400",
               "0.1", "3.141592653589793238462643383279", "_1.0", "1.0_", "١_٢", "abc"]
COMPLEX_TEXTS = ["1", "1j", "-1j", "j", "+j", "-J", "1+2j", "1-2j", " (1+2j) ", "(1+2j",
                 "1+2j)", "( 1+2j )", "1 + 2j", "1e5+1e-5j", "inf+nanj", "-infj", "nanj",
                 "1+j", "1-j", "1_0+2_0j", "1__0j", "_1j", "1j_", "", " ", "()", "(j)",
                 "abc", "1+2", "1e500j", "1.5e-3-2.5e+3j", "0x1j", "١+٢j", "1jj", "+1+1j",
                 "1+2j\x00"]


def gen_ctor():
    lines = []
    for t in INT_TEXTS:
        for b in INT_BASES:
            fn = (lambda: int(t)) if b == "-" else (lambda: int(t, int(b)))
            lines.append("\t".join(["int", b, esc(t), result(fn)]))
    for t in FLOAT_TEXTS:
        lines.append("\t".join(["float", "-", esc(t), result(lambda: float(t))]))
    for t in COMPLEX_TEXTS:
        lines.append("\t".join(["complex", "-", esc(t), result(lambda: complex(t))]))
    return lines


def gen_pow3():
    lines = []
    vals = [0, 1, -1, 2, 3, -7, 10, 2**30 - 1, 2**31 + 11, 10**20 + 39, -(3**50)]
    mods = [1, -1, 2, 7, -7, 1000, 2**30, 2**61 - 1, 10**30 + 1, 0]
    for a in vals:
        for b in [0, 1, 2, 5, 100, 2**40, -1, -2]:
            for m in mods:
                lines.append("\t".join([enc(a), enc(b), enc(m), result(lambda: pow(a, b, m))]))
    for a, b, m in [(2.0, 2, 3), (2, 2.0, 3), (2, 2, 3.0), (1j, 1, 2)]:
        lines.append("\t".join([enc(a), enc(b), enc(m), result(lambda: pow(a, b, m))]))
    return lines


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, gen in [("binops.txt", gen_binops), ("unary.txt", gen_unary),
                      ("ctor.txt", gen_ctor), ("pow3.txt", gen_pow3)]:
        lines = gen()
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
        print(name, len(lines))


if __name__ == "__main__":
    main()
