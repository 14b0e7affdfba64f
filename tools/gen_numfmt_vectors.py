#!/usr/bin/env python3
"""Write the CPython 3.11 oracle vectors for the number/string formatting and hashing kernels
(src/obj/floatfmt.c, formatspec.c, pyhash.c) to tests/data/numfmt/.

Run from the repository root:  PYTHONHASHSEED=0 python3 tools/gen_numfmt_vectors.py
(the hash vectors for other seeds are produced by child interpreters run with
PYTHONHASHSEED=N). The output is deterministic. For a one-off larger check that is not
committed:  --scale 30 --out /tmp/big/tests/data/numfmt , then run the test binaries with
/tmp/big as the working directory.

Line format: fields separated by TAB. Text fields are escaped: backslash -> \\\\, TAB -> \\t,
LF -> \\n, CR -> \\r, other C0 controls and DEL -> \\xHH; everything else is raw UTF-8.
Floats are written as 16 hex digits of their IEEE-754 bits. A result field is '=' + text
for a value, or '!' + exception class + ':' + message for an error.
"""
import argparse
import math
import os
import random
import struct
import subprocess
import sys

OUT = os.path.join("tests", "data", "numfmt")
SCALE = 1  # multiplies the random parts of the corpora (--scale)
SEEDS = [0, 1, 42, 4294967295]


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


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def result(fn):
    try:
        v = fn()
    except Exception as e:  # noqa: BLE001 - the oracle's exception is the expected value
        return "!%s:%s" % (type(e).__name__, esc(str(e)))
    if isinstance(v, float):
        return "=" + bits(v)
    return "=" + esc(v)


def write(name, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")
    print("%-22s %6d vectors" % (name, len(lines)))


# ==== float corpora ====

def special_floats():
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.3,
          1e16, 1e-5, 1e-4, 0.0001, 123.0, 123456789012345678.0, 1e22, 1e23, 2 ** 53,
          2 ** 53 + 2, 9007199254740993.0, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
          0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 5e-5,
          1234.5, 12345.0, 0.015, 0.025, 1e100, 1e-100, 3.141592653589793, 2.718281828459045,
          100.0, 1e15, 9999999999999998.0, 9999999999999999.0, 0.999999, 0.9999995, 9.5, 99.5,
          999.5, 0.05, 0.95, 1e-7, 1.1e-7, 123456.789, -123456.789, 2e16 + 8, 4.35, 0.07,
          1 / 3, 2 / 3, 1e300 * 10, 6.02214076e23, 6.62607015e-34, 4.9406564584124654e-324]
    for k in range(-8, 25):
        p = float("1e%d" % k)
        xs += [p, math.nextafter(p, 0), math.nextafter(p, math.inf)]
    return [float(x) for x in xs]


def random_floats(rng, n):
    xs = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.5:
            x = from_bits(rng.getrandbits(64))
        elif kind < 0.8:
            x = round(rng.uniform(-1, 1) * 10 ** rng.randint(-6, 18), rng.randint(0, 8))
        else:
            x = float(rng.randint(-10 ** rng.randint(1, 20), 10 ** rng.randint(1, 20)))
        xs.append(x)
    return xs


# ==== format specs ====

FLOAT_TYPES = ["", "e", "E", "f", "F", "g", "G", "%", "n"]
INT_TYPES = ["", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "%", "E", "F", "G"]


def random_spec(rng, types, allow_z=True):
    s = ""
    r = rng.random()
    if r < 0.3:
        s += rng.choice("<>=^")
    elif r < 0.5:
        s += rng.choice(["*", "0", "x", "é", "€", "😀", " ", "_", ","]) + rng.choice("<>=^")
    if rng.random() < 0.35:
        s += rng.choice("+- ")
    if allow_z and rng.random() < 0.1:
        s += "z"
    if rng.random() < 0.2:
        s += "#"
    if rng.random() < 0.2:
        s += "0"
    if rng.random() < 0.6:
        s += str(rng.choice([1, 2, 5, 8, 10, 12, 15, 20, 25, 30]))
    r = rng.random()
    if r < 0.15:
        s += ","
    elif r < 0.3:
        s += "_"
    if rng.random() < 0.5:
        s += "." + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 17, 20, 25]))
    s += rng.choice(types)
    return s


FIXED_FLOAT_SPECS = [
    "", ".0", ".1", ".3", ".17", "e", ".0e", ".3e", "#.0e", "E", "f", ".0f", "#.0f", ".2f",
    ".10f", "F", "g", ".0g", ".1g", "#g", "#.3g", ".10g", "G", "%", ".1%", "n", ".3n", "10",
    "<10", "^11", "=+12", "010", "010.3f", ",", ",.2f", "_.3f", "+,.1f", "z.1f", "z", "z.0f",
    " g", "-e", "#", "#.3", ",g", "_e", "*^20.5e", "0=15,.2f", "012,.3f", "€>14.2%",
    ".25f", ".40e", "+.0%", "#.0%", ".3", ".16", ".20",
]

ERROR_SPECS = [
    "abc", "q", "s", "d", "x", "c", "\x01", "\u20ac", ".", "10.", ",_", "_,", ",,", "__",
    "9" * 30, "." + "9" * 30, ".3000000000", ",b", "_c", ",n", "_n", ",s", "<<<", "z#z",
    "+ ", "1.2.3", "#0#", ",d", "_x", "_b", "z", "#", "=", "+", " ", ".3", "0=10c", "+c",
    "#c", "_o", ",o", "\x7f", " \x01",
]


def float_format_vectors(rng, floats):
    lines = []
    for x in floats:
        for spec in rng.sample(FIXED_FLOAT_SPECS, 10):
            lines.append("%s\t%s\t%s" % (bits(x), esc(spec), result(lambda: format(x, spec))))
        for _ in range(4):
            spec = random_spec(rng, FLOAT_TYPES)
            lines.append("%s\t%s\t%s" % (bits(x), esc(spec), result(lambda: format(x, spec))))
    for spec in ERROR_SPECS:
        for x in (1.5, -0.0):
            lines.append("%s\t%s\t%s" % (bits(x), esc(spec), result(lambda: format(x, spec))))
    return lines


def percent_float_vectors(rng, floats):
    lines = []
    for x in floats:
        for _ in range(5):
            flags = "".join(rng.sample("-+ #0", rng.randint(0, 3)))
            width = rng.choice(["", "", "1", "5", "10", "20"])
            prec = rng.choice(["", "", ".0", ".1", ".3", ".6", ".10", ".17", ".25"])
            fmt = "%" + flags + width + prec + rng.choice("eEfFgG")
            lines.append("%s\t%s\t%s" % (bits(x), esc(fmt), result(lambda: fmt % x)))
    return lines


def round_vectors(rng, floats):
    lines = []
    halfway = [0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.285, 1.0e22, 5e-324, 1234.5,
               12345.0, 15.0, 25.0, -35.0, 2.5e-5, 1.7976931348623157e308, 1e308, 1.5e308]
    ns = [-400, -309, -308, -307, -300, -20, -5, -3, -2, -1, 0, 1, 2, 3, 5, 10, 16, 17, 20,
          50, 100, 300, 322, 323, 324, 400]
    for x in halfway + [math.inf, -math.inf, math.nan, 0.0, -0.0]:
        for n in ns:
            lines.append("%s\t%d\t%s" % (bits(x), n, result(lambda: round(x, n))))
    for x in floats:
        for n in rng.sample(ns, 4):
            lines.append("%s\t%d\t%s" % (bits(x), n, result(lambda: round(x, n))))
    for _ in range(400):
        k = rng.randint(-3, 8)
        x = (rng.randint(-10 ** 6, 10 ** 6) + 0.5) / 10 ** k
        n = k
        lines.append("%s\t%d\t%s" % (bits(x), n, result(lambda: round(x, n))))
    return lines


def repr_vectors(rng, floats):
    xs = list(floats)
    xs += [math.ldexp(1.0, k) for k in range(-1074, 1024)]
    xs += [-math.ldexp(1.0, k) * 3 for k in range(-1074, 1022, 7)]
    for k in range(-323, 309):
        p = float("1e%d" % k)
        xs += [p, math.nextafter(p, 0), math.nextafter(p, math.inf)]
    lines = []
    for x in xs:
        r = float(round(x)) if math.isfinite(x) else x
        lines.append("%s\t%s\t%s\t%s\t%s" % (bits(x), repr(x), str(x), x.hex(), bits(r)))
    return lines


def fromhex_vectors(rng, floats):
    ins = [x.hex() for x in floats[:300]]
    ins += ["0x1p0", "1", "a", "0x.8p1", "  0x1.8p+1  ", "-0X1.FFFFFFFFFFFFFP+1023",
            "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p1024", "0x1p-1074",
            "0x1p-1075", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0",
            "0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x0.0000000000000cp-1022",
            "inf", "-Infinity", "nan", "+nAn", "x", "", " ", "0x", "0x.", "0x1p", "0x1p+",
            "0x1.p1", "0x.1", "1.5", "0x1_0", "0x1 2", "0x1p99999999999999999999",
            "0x1p-99999999999999999999", "0x" + "0" * 500 + "1p0", "0x1" + "0" * 300 + "p0",
            "1" * 5000, "\t0x1p3\n", "0x1p3\x00", "0xg", "--0x1", "0x1p1.5", "infinit", "nanx",
            "0x1.0000000000000fffp0", "-0x0p0", "0x1.8", "0X1P-2", "0x1e10"]
    for _ in range(100):
        m = rng.getrandbits(rng.randint(1, 80))
        e = rng.randint(-1200, 1100)
        ins.append("%s0x%xp%d" % (rng.choice(["", "-", "+"]), m, e))
    return ["%s\t%s" % (esc(s), result(lambda: float.fromhex(s))) for s in ins]


def parse_vectors(rng, floats):
    ins = [repr(x) for x in floats[:300]]
    ins += ["1", "  1.5  ", "\t-2e3\n", "1_000.5", "1__0", "_1", "1_", "1._5", "1_.5",
            "1e1_0", "1e_10", "inf", "-inf", "+INF", "Infinity", "-iNfInItY", "nan", "-nan",
            "NaN", "infinit", "nanx", "", " ", "x", "1e", "1e+", ".", ".5", "5.", "-.5e-3",
            "+", "-", "0x10", "1.2.3", "1 2", "1e5000", "-1e5000", "1e-5000", "00012",
            "1_2_3.4_5e6_7", "0.000000000000000000000000000000000000000000001",
            "9" * 400, "1" + "0" * 310, "4.9406564584124654e-324", "2.4703282292062328e-324",
            "2.4703282292062327e-324", "1.7976931348623158e308", "1.7976931348623159e308",
            "\x0b1\x0c", "1\x00", "'quoted'", "\"dq\"", "it's", "back\\slash", "\x01", "1e0001",
            "++1", "+-1", "1e+-1", "0e0", "-0", "-0.0e-0", "  \r\n  7  \r\n  ", "1e1.5",
            "123456789012345678901234567890e-20", "0.1e1_"]
    for _ in range(150):
        ins.append("%s%d.%de%d" % (rng.choice(["", "-", "+"]), rng.randint(0, 10 ** 20),
                                   rng.randint(0, 10 ** 20), rng.randint(-340, 320)))
    return ["%s\t%s" % (esc(s), result(lambda: float(s))) for s in ins]


def arith_vectors(rng, floats):
    lines = []
    ys = [1.0, -1.0, 0.0, -0.0, 3.0, -3.0, 0.1, -0.1, 1e300, -1e-300, math.inf, -math.inf,
          math.nan, 2.5, 7.0, 1e-320]
    xs = [0.0, -0.0, 1.0, -1.0, 5.5, -5.5, 7.0, -7.0, 1e300, math.inf, -math.inf, math.nan,
          0.1, 1e-320, 3.0]
    pairs = [(x, y) for x in xs for y in ys]
    for x in floats[:400]:
        pairs.append((x, rng.choice(floats)))
        pairs.append((x, rng.choice(ys)))
    for x, y in pairs:
        lines.append("\t".join([bits(x), bits(y), result(lambda: x % y),
                                result(lambda: x // y), result(lambda: divmod(x, y)[0]),
                                result(lambda: divmod(x, y)[1]), result(lambda: x / y)]))
    return lines


# ==== ints ====

def int_corpus(rng):
    ns = [0, 1, -1, 7, -7, 9, 10, 99, 100, 999, 1000, -1000, 1234, 12345, 123456, 1234567,
          65, 255, -255, 256, 4095, 65535, 0x10FFFF, 0x110000, 2 ** 31, 2 ** 63 - 1, 2 ** 63,
          -2 ** 63, 2 ** 64, 10 ** 20, -10 ** 20, 10 ** 308, 2 ** 1024, -(2 ** 1024),
          2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 10 ** 50 + 1]
    for _ in range(150 * SCALE):
        ns.append(rng.randint(-10 ** rng.randint(1, 40), 10 ** rng.randint(1, 40)))
    return ns


def int_line(n, spec, value):
    return "%d\t%x\t%s\t%s" % (n, abs(n), esc(spec), value)


def int_format_vectors(rng, ints):
    fixed = ["", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "n", ",", "_", "_b", "_x",
             "#_X", "_o", ",d", "010", "010,", "012_x", "#012_x", "#012_b", "+", " ", "-",
             "=+10", "^10", "<10", "*>10", "0=10", "x=10,", "09,", "+09,", "#010x", "c", "10c",
             "^5c", "e", ".2e", ",.2f", "g", "%", ".0%", "E", "F", "G", "z", ".2", "+c", "#c",
             "q", "s", "\x01", ",c", "_c", ",x", ",b", "#,d", "€^+15,", "0<10", "0>10,", "0^9"]
    lines = []
    for n in ints:
        for spec in rng.sample(fixed, 14):
            lines.append(int_line(n, spec, result(lambda: format(n, spec))))
        for _ in range(4):
            spec = random_spec(rng, INT_TYPES, allow_z=False)
            lines.append(int_line(n, spec, result(lambda: format(n, spec))))
    for spec in ERROR_SPECS:
        lines.append(int_line(42, spec, result(lambda: format(42, spec))))
    return lines


def int_percent_vectors(rng, ints):
    lines = []
    for n in ints:
        for _ in range(5):
            flags = "".join(rng.sample("-+ #0", rng.randint(0, 3)))
            width = rng.choice(["", "", "1", "5", "10", "30"])
            prec = rng.choice(["", "", ".0", ".1", ".3", ".10", ".25"])
            fmt = "%" + flags + width + prec + rng.choice("diuoxX")
            lines.append(int_line(n, fmt, result(lambda: fmt % n)))
    return lines


# ==== str ====

def str_format_vectors(rng):
    strs = ["", "a", "abc", "hello world", "é", "naïve", "€uro", "😀x😀", "日本語テキスト",
            "tab\there", "x" * 40]
    fixed = ["", "s", "10", "<10", ">10", "^10", "^11", "*^9", "é>8", "😀<6", ".3", ".0",
             "10.2", "^10.4s", "05", "0>5", "=10", "+", " ", "-", "z", "#", "d", ",", "_",
             ",s", "x", "\x01", ".", "99999999999999999999", "1", "0", "€^7.1"]
    lines = []
    for s in strs:
        for spec in fixed:
            lines.append("%s\t%s\t%s" % (esc(s), esc(spec), result(lambda: format(s, spec))))
        for _ in range(10):
            spec = random_spec(rng, ["", "s", "s", "r"])
            lines.append("%s\t%s\t%s" % (esc(s), esc(spec), result(lambda: format(s, spec))))
    return lines


# ==== hashes ====

HASH_CHILD = r'''
import sys
strs = eval(sys.stdin.read())
for kind, s in strs:
    h = hash(s)
    print(h)
'''


def canonical(s):
    m = max(map(ord, s)) if s else 0
    if m < 256:
        return 1, s.encode("latin-1")
    if m < 65536:
        return 2, s.encode("utf-16-le")
    return 4, s.encode("utf-32-le")


def hash_inputs(rng):
    items = [("s", ""), ("s", "abc"), ("b", b"abc"), ("s", "é"), ("s", "€"), ("s", "😀"),
             ("b", b""), ("s", "a"), ("s", "abcdefgh"), ("s", "abcdefghi")]
    for n in range(0, 40):
        items.append(("b", bytes(rng.getrandbits(8) for _ in range(n))))
    for _ in range(60):
        n = rng.randint(1, 30)
        alphabet = rng.choice([range(32, 127), range(128, 256), range(256, 0xD800),
                               range(0xE000, 0x10000), range(0x10000, 0x110000)])
        chars = [chr(rng.choice(alphabet)) for _ in range(n)]
        if rng.random() < 0.5:
            chars.insert(0, "a")
        items.append(("s", "".join(chars)))
    return items


def hash_vectors(rng):
    items = hash_inputs(rng)
    lines = []
    for seed in SEEDS:
        env = dict(os.environ, PYTHONHASHSEED=str(seed))
        proc = subprocess.run([sys.executable, "-c", HASH_CHILD], input=repr(items), env=env,
                              capture_output=True, text=True, check=True)
        hashes = proc.stdout.split()
        for (kind, obj), h in zip(items, hashes):
            if kind == "b":
                k, data = "b", obj
            else:
                k, data = canonical(obj)
            lines.append("%d\t%s\t%s\t%s" % (seed, k, data.hex(), h))
    return lines


def hash_num_vectors(rng, floats):
    lines = []
    for x in floats:
        if not math.isnan(x):
            lines.append("f\t%s\t%d" % (bits(x), hash(x)))
    for x in [float(2 ** 61 - 1), float(2 ** 61), -1.0, -2.0, 1e308, 0.5, 2.0 ** -1074]:
        lines.append("f\t%s\t%d" % (bits(x), hash(x)))
    for _ in range(300):
        re_, im = rng.choice(floats), rng.choice(floats)
        if math.isnan(re_) or math.isnan(im):
            continue
        lines.append("c\t%s\t%s\t%d" % (bits(re_), bits(im), hash(complex(re_, im))))
    lines.append("c\t%s\t%s\t%d" % (bits(-1.0), bits(0.0), hash(complex(-1.0, 0.0))))
    for _ in range(300):
        n = rng.randint(0, 8)
        items = tuple(rng.choice([rng.randint(-10 ** 6, 10 ** 6), rng.choice(floats),
                                  rng.getrandbits(64) - 2 ** 63]) for _ in range(n))
        items = tuple(i for i in items if not (isinstance(i, float) and math.isnan(i)))
        hs = ",".join(str(hash(i)) for i in items)
        lines.append("t\t%s\t%d" % (hs, hash(items)))
    lines.append("t\t\t%d" % hash(()))
    return lines


def main():
    global OUT, SCALE
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--scale", type=int, default=1)
    args = ap.parse_args()
    OUT, SCALE = args.out, args.scale
    if os.environ.get("PYTHONHASHSEED") != "0":
        sys.exit("run with PYTHONHASHSEED=0")
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(311)
    floats = special_floats() + random_floats(rng, 700 * SCALE)
    write("float_repr.txt",
          repr_vectors(rng, special_floats() + random_floats(rng, 4500 * SCALE)))
    write("float_format.txt", float_format_vectors(rng, floats))
    write("float_percent.txt", percent_float_vectors(rng, floats))
    write("float_round.txt", round_vectors(rng, floats))
    write("float_fromhex.txt", fromhex_vectors(rng, floats))
    write("float_parse.txt", parse_vectors(rng, floats))
    write("float_arith.txt", arith_vectors(rng, floats))
    ints = int_corpus(rng)
    write("int_format.txt", int_format_vectors(rng, ints))
    write("int_percent.txt", int_percent_vectors(rng, ints))
    write("str_format.txt", str_format_vectors(rng))
    write("hash_bytes.txt", hash_vectors(rng))
    write("hash_num.txt", hash_num_vectors(rng, floats))


if __name__ == "__main__":
    main()
