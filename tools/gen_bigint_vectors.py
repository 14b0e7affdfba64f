#!/usr/bin/env python3
"""Write the integer-kernel test vectors into tests/data/bigint/ (CPython 3.11 is the oracle).

Each file holds one case per line: an operation name, then space-separated fields.
Integers are written as Python's hex() ('-0x1f'); strings and bytes as 's:'/'b:' + hex of their
bytes (long strings as 'sr:' + runs '<count>*<hex>,...'); doubles as 'd:' + the 16 hex digits
of their IEEE-754 bits; errors as upper-case words
(OVERFLOW, NEGATIVE, INVALID, LIMIT:<n>, NAN, INF, NOTINV). tests/c/test_longarith*.c read them.
Run from the repository root:  python3 tools/gen_bigint_vectors.py
"""
import math
import os
import random
import struct
import sys

OUT = os.path.join("tests", "data", "bigint")
SHIFT = 30
BASE = 1 << SHIFT
MASK = BASE - 1
HASH_MOD = (1 << 61) - 1


def h(x):
    return hex(x)


def dbits(x):
    return "d:%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def special_values():
    base = [0, 1, 2, 3, 7, 10, 255, 2**29, MASK, BASE, BASE + 1, 2**31, 2**59,
            2**60 - 1, 2**60, 2**60 + 1, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**64 + 1,
            2**90 - 1, 2**90, 10**18, (1 << 120) - 1]
    return base + [-v for v in base if v]


def rand_digits(rng, nd):
    """A magnitude of exactly nd digits, with digit patterns that stress carries."""
    mode = rng.random()
    digs = []
    for i in range(nd):
        if mode < 0.55:
            d = rng.getrandbits(SHIFT)
        else:
            d = rng.choice([0, 1, MASK, MASK - 1, BASE // 2, BASE // 2 - 1, rng.getrandbits(SHIFT)])
        digs.append(d)
    if digs[-1] == 0:
        digs[-1] = rng.randint(1, MASK)
    return sum(d << (SHIFT * i) for i, d in enumerate(digs))


def rand_int(rng, maxd, mind=1):
    x = rand_digits(rng, rng.randint(mind, maxd))
    return -x if rng.random() < 0.5 else x


class Writer:
    def __init__(self, name):
        self.path = os.path.join(OUT, name)
        self.lines = []

    def add(self, *fields):
        self.lines.append(" ".join(str(f) for f in fields))

    def close(self):
        with open(self.path, "w") as f:
            f.write("\n".join(self.lines) + "\n")
        return len(self.lines)


# ==== Knuth D simulation, to find quotients whose estimate needs the add-back step ====

def digits_of(x, n=None):
    out = []
    while x:
        out.append(x & MASK)
        x >>= SHIFT
    if n is not None:
        out += [0] * (n - len(out))
    return out


def needs_add_back(a, b):
    """True if CPython's x_divrem takes the rare 'add w back' branch for a // b (a, b > 0)."""
    if b.bit_length() <= SHIFT or a < b:
        return False
    d = SHIFT - digits_of(b)[-1].bit_length()
    w = digits_of(b << d)
    nw, size_v = len(w), len(digits_of(a))
    v = digits_of(a << d, size_v + 1)
    if v[size_v] != 0 or v[size_v - 1] >= w[-1]:
        size_v += 1
    wval = b << d
    for j in range(size_v - nw - 1, -1, -1):
        vtop = v[j + nw]
        q, r = divmod((vtop << SHIFT) | v[j + nw - 1], w[-1])
        while w[-2] * q > ((r << SHIFT) | v[j + nw - 2]):
            q -= 1
            r += w[-1]
            if r >= BASE:
                break
        chunk = sum(v[j + i] << (SHIFT * i) for i in range(nw + 1))
        rest = chunk - q * wval
        if rest < 0:
            return True
        v[j:j + nw + 1] = digits_of(rest, nw + 1)
    return False


def add_back_cases(rng, count, tries=200000):
    found = []
    for _ in range(tries):
        nb = rng.randint(2, 4)
        b = rand_digits(rng, nb)
        # make the divisor's top two digits extreme so q-hat overestimates
        top = rng.choice([BASE // 2, BASE // 2 + 1, MASK])
        b = (b & ((1 << (SHIFT * (nb - 1))) - 1)) | (top << (SHIFT * (nb - 1)))
        q = rand_digits(rng, rng.randint(1, 3))
        a = b * q + rng.randint(0, b - 1)
        if needs_add_back(a, b):
            found.append((a, b))
            if len(found) >= count:
                break
    return found


# ==== files ====

def gen_arith(rng):
    w = Writer("arith.txt")
    sp = special_values()
    pairs = [(a, b) for a in sp for b in sp]
    pairs += [(rand_int(rng, 4), rand_int(rng, 4)) for _ in range(1000)]
    pairs += [(rand_int(rng, 40), rand_int(rng, 40)) for _ in range(80)]
    pairs += [(rand_int(rng, 160, 60), rand_int(rng, 160, 60)) for _ in range(8)]
    # carries and borrows running through every digit; very different sizes
    for k in (61, 300, 1000):
        for a in ((1 << k) - 1, 1 << k, -(1 << k), -((1 << k) - 1)):
            for b in (1, -1, BASE, -BASE, rand_int(rng, 2)):
                pairs += [(a, b), (b, a)]
    pairs += [(rand_int(rng, 2), rand_int(rng, 60, 40)) for _ in range(30)]
    for a, b in pairs:
        w.add("add", h(a), h(b), h(a + b))
        w.add("sub", h(a), h(b), h(a - b))
        w.add("mul", h(a), h(b), h(a * b))
        w.add("cmp", h(a), h(b), (a > b) - (a < b))
        if b:
            w.add("divmod", h(a), h(b), h(a // b), h(a % b))
    # Karatsuba: just past the cutoffs, squares, lopsided, and large balanced operands
    sizes = [(70, 70), (71, 71), (71, 200), (100, 100), (139, 139), (141, 141), (150, 450),
             (300, 310), (80, 1000), (600, 900)]
    for na, nb in sizes:
        a, b = rand_int(rng, na, na), rand_int(rng, nb, nb)
        w.add("mul", h(a), h(b), h(a * b))
        w.add("mul", h(a), h(a), h(a * a))  # squaring path
        w.add("divmod", h(a * b + a // 3), h(b), h((a * b + a // 3) // b), h((a * b + a // 3) % b))
    a = (1 << (SHIFT * 300)) - 1  # all-ones digits: maximal carries
    w.add("mul", h(a), h(a), h(a * a))
    w.add("mul", h(a), h(-a + 12345), h(a * (-a + 12345)))
    # division: one-digit divisors, quotient digit corrections, add-back branch
    for _ in range(200):
        a, b = rand_int(rng, 30), rand_int(rng, 1)
        if b:
            w.add("divmod", h(a), h(b), h(a // b), h(a % b))
    for a, b in add_back_cases(rng, 40):
        for sa, sb in [(1, 1), (-1, 1), (1, -1), (-1, -1)]:
            x, y = sa * a, sb * b
            w.add("divmod", h(x), h(y), h(x // y), h(x % y))
    for _ in range(150):
        b = rand_int(rng, 60, 2)
        a = b * rand_int(rng, 60) + rng.choice([0, 1, -1, abs(b) - 1 if abs(b) > 1 else 0])
        w.add("divmod", h(a), h(b), h(a // b), h(a % b))
    return w.close()


def gen_bits(rng):
    w = Writer("bits.txt")
    sp = special_values()
    vals = sp + [rand_int(rng, 6) for _ in range(250)] + [rand_int(rng, 50) for _ in range(15)]
    shifts = [0, 1, 2, 29, 30, 31, 59, 60, 61, 64, 89, 90, 150, 1000]
    for a in vals:
        for s in rng.sample(shifts, 5) + [rng.randint(0, 300)]:
            w.add("lshift", h(a), s, h(a << s))
            w.add("rshift", h(a), s, h(a >> s))
        w.add("invert", h(a), h(~a))
        w.add("bit_length", h(a), a.bit_length())
        w.add("bit_count", h(a), bin(a).count("1"))
    for a in sp + [-(1 << 300) + 1, -(1 << 300), (1 << 3000) + 5]:
        w.add("rshift", h(a), 10**6, h(a >> 10**6))
    pairs = [(a, b) for a in sp[::2] for b in sp[1::2]]
    pairs += [(rand_int(rng, 5), rand_int(rng, 5)) for _ in range(600)]
    pairs += [(rand_int(rng, 40), rand_int(rng, 40)) for _ in range(30)]
    # powers of two and their negatives: the two's complement carries run through every digit
    for k in [29, 30, 31, 60, 61, 90, 300]:
        for j in [0, 1, -1]:
            pairs.append((-(1 << k) + j, -(1 << (k + rng.randint(-2, 2))) - j))
            pairs.append((-(1 << k), (1 << k) - 1 + j))
    for _ in range(40):  # very different sizes, all sign combinations
        a, b = rand_int(rng, 2), rand_int(rng, 20, 10)
        pairs += [(a, b), (b, a), (-a, b), (a, -b)]
    for k in (30, 60, 300):
        pairs += [((1 << k) - 1, -1), (-(1 << k), -(1 << k)), (-(1 << k) - 1, (1 << k) + 1)]
    for a, b in pairs:
        w.add("and", h(a), h(b), h(a & b))
        w.add("or", h(a), h(b), h(a | b))
        w.add("xor", h(a), h(b), h(a ^ b))
    return w.close()


def gen_pow(rng):
    w = Writer("pow.txt")
    for a in [0, 1, -1, 2, -2, 3, 10, -10, BASE - 1, BASE, 2**64 + 1, -(3**40)]:
        for e in [0, 1, 2, 3, 5, 31, 64, 100]:
            w.add("pow", h(a), h(e), h(a**e))
    for _ in range(60):
        a, e = rand_int(rng, 3), rng.randint(0, 200)
        w.add("pow", h(a), h(e), h(a**e))
    w.add("pow", h(3), h(20000), h(3**20000))  # exercises Karatsuba squaring
    w.add("pow", h(-7), h(6001), h((-7) ** 6001))
    w.add("pow", h(1), h(10**30), h(1))
    w.add("pow", h(-1), h(10**30 + 1), h(-1))
    w.add("pow", h(0), h(10**30), h(0))
    mods = [1, -1, 2, 3, 7, -7, 10, MASK, BASE, BASE + 1, 2**61 - 1, -(2**61 - 1), 2**64 + 13,
            10**30 + 57, -(10**30 + 57), 2**127 - 1]
    for m in mods:
        for _ in range(8):
            e = rng.choice([0, 1, 2, 3, rng.randint(0, 10**6), rand_int(rng, 3)])
            a = rand_int(rng, 5)
            try:
                r = h(pow(a, e, m))
            except ValueError:
                r = "NOTINV"
            w.add("powmod", h(a), h(e), h(m), r)
    for _ in range(40):
        m = rand_int(rng, 40, 2)
        a, e = rand_int(rng, 50), rand_int(rng, 20)
        try:
            r = h(pow(a, e, m))
        except ValueError:
            r = "NOTINV"
        w.add("powmod", h(a), h(e), h(m), r)
    for m in [2, 10, 12, 97, 2**61 - 1, 2**64, 10**30 + 57, (1 << 600) - 1]:
        for a in [0, 1, -1, 2, 3, 4, 10, -12, rand_int(rng, 25)]:
            for e in [-1, -2, -7]:
                try:
                    r = h(pow(a, e, m))
                except ValueError:
                    r = "NOTINV"
                w.add("powmod", h(a), h(e), h(m), r)
    vals = special_values() + [rand_int(rng, 30) for _ in range(100)]
    for a in vals:
        b = rng.choice(vals) * rng.choice([1, 3, 12]) + rng.choice([0, 0, 1])
        w.add("gcd", h(a), h(b), h(math.gcd(a, b)))
        c = rand_int(rng, 20)
        w.add("gcd", h(a * c), h(b * c), h(math.gcd(a * c, b * c)))
        x = abs(a)
        w.add("isqrt", h(x), h(math.isqrt(x)))
    for _ in range(20):  # Lehmer steps on long operands sharing a long factor
        c = rand_int(rng, 60, 20)
        a, b = rand_int(rng, 150, 100) * c, rand_int(rng, 150, 30) * c
        w.add("gcd", h(a), h(b), h(math.gcd(a, b)))
    w.add("gcd", h(BASE**40), h(BASE**20 * 3), h(BASE**20))
    w.add("gcd", h((1 << 3000) - 1), h((1 << 2000) - 1), h((1 << 1000) - 1))
    fib = [1, 1]
    while len(fib) < 3000:
        fib.append(fib[-1] + fib[-2])
    w.add("gcd", h(fib[-1]), h(fib[-2]), h(1))  # Euclid's worst case
    for k in [2, 3, 31, 32, 63, 64, 65, 200, 1001]:
        for x in [(1 << k) - 1, 1 << k, (1 << k) + 1]:
            w.add("isqrt", h(x), h(math.isqrt(x)))
            w.add("isqrt", h(x * x - 1), h(math.isqrt(x * x - 1)))
            w.add("isqrt", h(x * x), h(math.isqrt(x * x)))
    w.add("isqrt", h(-1), "NEGATIVE")
    w.add("isqrt", h(-(1 << 100)), "NEGATIVE")
    x = rand_digits(rng, 900)
    w.add("isqrt", h(x), h(math.isqrt(x)))
    return w.close()


def str_cases(rng):
    """(base, string) pairs for int(s, base): valid and invalid literals."""
    cases = []
    for base in range(2, 37):
        for _ in range(12):
            x = rand_int(rng, rng.choice([1, 2, 4, 30]))
            s = to_base(x, base)
            if rng.random() < 0.5:
                s = insert_underscores(rng, s)
            if rng.random() < 0.3:
                s = s.upper()
            if rng.random() < 0.2:
                s = rng.choice([" ", "\t", "\n", "  \x0b\x0c\r"]) + s + rng.choice(["", " ", "\n"])
            cases.append((base, s))
        cases.append((base, to_base(base, base)))
        cases.append((base, "+" + to_base(base - 1, base)))
        bad = "0123456789abcdefghijklmnopqrstuvwxyz"[base] if base < 36 else "!"
        cases.append((base, "1" + bad))
    for base in (2, 8, 16):
        pre = {2: "0b", 8: "0o", 16: "0x"}[base]
        for x in [0, 5, -5, 255, 2**64 + 7, -(2**200)]:
            s = to_base(x, base)
            neg = s.startswith("-")
            body = s.lstrip("-")
            lit = ("-" if neg else "") + pre + body
            under = ("-" if neg else "") + pre + "_" + body
            cases += [(base, lit), (0, lit), (0, lit.upper()), (base, under)]
            cases.append((0, ("-" if neg else "") + pre + "_" + insert_underscores(rng, body)))
    cases += [(10, s) for s in ["", " ", "+", "-", "_1", "1_", "1__0", "1_000", " 12 ", "- 1",
                                 "+-1", "1 2", "12\x00", "\x1c1", "\x0b1\x0c", "0_0", "00",
                                 "1.0", "0x10", "1e3",
                                 "99999999999999999999999999999999999999"]]
    cases += [(0, s) for s in ["0", "00", "0_0", "000_0", "010", "0_7", "0x", "0x_", "0x__1",
                                "0x_1f", "0X1F", "0b101", "0b2", "0o17", "0o8", "0xg", "-0", "+0x0",
                                " -0x_1f ", "1_000", "0b_1_0", "07", "0e0", "_", "9" * 50]]
    cases += [(16, "0x_1f"), (16, "0X1f"), (8, "0o_17"), (2, "0b1_1"), (16, "0b1"), (2, "0x1"),
              (36, "zz_ZZ"), (35, "z"), (11, "aA"), (10, "0b1"), (16, "ff_"), (3, "012")]
    return cases


def to_base(x, base):
    if x == 0:
        return "0"
    digs = "0123456789abcdefghijklmnopqrstuvwxyz"
    neg, x = x < 0, abs(x)
    out = []
    while x:
        x, r = divmod(x, base)
        out.append(digs[r])
    return ("-" if neg else "") + "".join(reversed(out))


def insert_underscores(rng, s):
    neg = s.startswith("-")
    body = s.lstrip("-")
    out = []
    for i, c in enumerate(body):
        out.append(c)
        if i < len(body) - 1 and rng.random() < 0.3:
            out.append("_")
    return ("-" if neg else "") + "".join(out)


def parse_expect(s, base, limit):
    sys.set_int_max_str_digits(limit)
    try:
        return h(int(s, base))
    except ValueError as e:
        msg = str(e)
        if msg.startswith("Exceeds the limit"):
            return "LIMIT:" + msg.split("value has ")[1].split(" ")[0]
        assert msg.startswith("invalid literal"), msg
        return "INVALID"
    finally:
        sys.set_int_max_str_digits(4300)


def to_str_expect(x, limit):
    sys.set_int_max_str_digits(limit)
    try:
        return str(x)
    except ValueError as e:
        assert str(e).startswith("Exceeds the limit"), e
        return "LIMIT"
    finally:
        sys.set_int_max_str_digits(4300)


def sx(s):
    """'s:<hex>', or for long strings 'sr:' + comma-separated '<count>*<hex>' runs."""
    if len(s) < 100:
        return "s:" + s.encode("utf-8").hex()
    runs = []
    for c in s:
        if runs and runs[-1][1] == c:
            runs[-1][0] += 1
        else:
            runs.append([1, c])
    return "sr:" + ",".join("%d*%s" % (n, c.encode("utf-8").hex()) for n, c in runs)


def gen_str(rng):
    w = Writer("str.txt")
    for base, s in str_cases(rng):
        w.add("parse", base, 4300, sx(s), parse_expect(s, base, 4300))
    # the int/str limit: only for bases that are not powers of two, digits counted without
    # underscores but with leading zeros, checked before trailing garbage
    big = [("1" * 4300, 10), ("1" * 4301, 10), ("0" * 5000, 10), ("1" * 5000 + "x", 10),
           ("1" * 5000, 16), ("1" * 20000, 2), ("1" * 5000, 32), ("1" * 4301, 36), ("1" * 4301, 3),
           ("-" + "9" * 4301, 10), ("1_" * 4300 + "1", 10), ("1_" * 4301, 10),
           ("1" * 4301, 0), ("0x" + "f" * 9000, 0), (" " + "7" * 641 + " ", 10),
           ("1__" + "1" * 5000, 10)]
    for s, base in big:
        w.add("parse", base, 4300, sx(s), parse_expect(s, base, 4300))
    for s, base, lim in [("1" * 641, 10, 640), ("1" * 640, 10, 640), ("1" * 20000, 10, 0),
                         ("5" * 9000, 7, 0), ("1" * 700, 10, 641)]:
        w.add("parse", base, lim, sx(s), parse_expect(s, base, lim))
    vals = special_values() + [rand_int(rng, k) for k in (1, 2, 3, 5, 10, 40) for _ in range(25)]
    vals += [rand_int(rng, 150) for _ in range(5)]
    for x in vals:
        w.add("dec", 4300, h(x), to_str_expect(x, 4300))
        w.add("bin", h(x), bin(x))
        w.add("oct", h(x), oct(x))
        w.add("hex", h(x), hex(x))
        w.add("fmt_b", h(x), format(x, "b"))
        w.add("fmt_o", h(x), format(x, "o"))
        w.add("fmt_x", h(x), format(x, "x"))
        w.add("fmt_X", h(x), format(x, "X"))
        w.add("fmt_altX", h(x), format(x, "#X"))
    for x, lim in [(10**4299, 4300), (10**4300 - 1, 4300), (10**4300, 4300), (-(10**4300), 4300),
                   (2**14284, 4300), (2**14300, 4300), (2**14500, 4300), (7**9000, 4300),
                   (7**9000, 0), (10**640, 640), (10**639, 640), (-(10**5000) + 1, 0),
                   (3**(10**4), 6000)]:
        w.add("dec", lim, h(x), to_str_expect(x, lim))
    return w.close()


def rand_double(rng):
    kind = rng.random()
    if kind < 0.4:
        return rng.uniform(-1, 1) * 2.0 ** rng.randint(-30, 1023)
    if kind < 0.6:
        return float(rng.getrandbits(rng.randint(1, 64))) * rng.choice([1, -1])
    if kind < 0.8:
        m = rng.getrandbits(53) | (1 << 52)
        return math.ldexp(m, rng.randint(-60, 970)) * rng.choice([1, -1])
    return rng.choice([0.0, -0.0, 0.5, -0.5, 0.999999, 1.0, -1.0, 1e300, -1e300, 5e-324,
                       2.0**63, -2.0**63, 2.0**64, 9.223372036854775e18, -9.223372036854777e18,
                       1.7976931348623157e308, 4503599627370495.5, 2.0**53 + 2, 2.0**52 + 0.5])


def gen_float(rng):
    w = Writer("float.txt")
    ints = special_values()
    for k in [53, 54, 55, 60, 64, 100, 1000, 1023]:
        for base in [(1 << 53) + 1, (1 << 53) + 3, (1 << 54) - 1, (1 << 53) - 1]:
            for low in [0, 1, -1]:
                x = (base << (k - 53)) + (low if k > 53 else 0)
                ints += [x, -x]
    top = (1 << 1024) - (1 << 971)  # DBL_MAX
    ints += [top, top + (1 << 970) - 1, top + (1 << 970), 1 << 1024, -(top + (1 << 970)), 1 << 5000]
    ints += [rand_int(rng, 38) for _ in range(400)] + [rand_int(rng, 3) for _ in range(200)]
    for x in ints:
        try:
            r = dbits(float(x))
        except OverflowError:
            r = "OVERFLOW"
        w.add("to_double", h(x), r)
        m, e = math.frexp(float(x)) if abs(x) < (1 << 1000) else (None, None)
        if m is not None:
            w.add("frexp", h(x), dbits(m), e)
    for x in [1 << 2000, (1 << 2000) - 1, -(3 << 5000)]:  # frexp beyond float range
        bl = abs(x).bit_length()
        m = float(x >> (bl - 60)) if bl > 60 else float(x)
        m, e = math.frexp(m)
        w.add("frexp", h(x), dbits(m), e + max(bl - 60, 0))
    for _ in range(500):
        d = rand_double(rng)
        w.add("from_double", dbits(d), h(int(d)))
    w.add("from_double", dbits(float("inf")), "INF")
    w.add("from_double", dbits(float("-inf")), "INF")
    w.add("from_double", dbits(float("nan")), "NAN")
    pairs = [(rand_int(rng, 3), rand_int(rng, 3)) for _ in range(300)]
    pairs += [(rand_int(rng, 60), rand_int(rng, 60)) for _ in range(200)]
    pairs += [(rand_int(rng, 40), rand_int(rng, 2)) for _ in range(80)]
    pairs += [(rand_int(rng, 2), rand_int(rng, 40)) for _ in range(80)]
    pairs += [(1, 1 << k) for k in (1021, 1022, 1073, 1074, 1075, 1076, 2000)]
    pairs += [(3, 1 << 1075), (3, 1 << 1076), (5, 1 << 1076), (-1, (1 << 1074) + 1),
              (1 << 1024, 1), ((1 << 1024) - 1, 1), (top, 1), (top + (1 << 970), 1),
              ((top + (1 << 970)) * 3, 3), ((top + (1 << 970)) * 3 - 1, 3), (1 << 1100, 1 << 77),
              (10**400, 10**399), (-(10**400), 7 * 10**390), (0, -5), (0, 10**500),
              ((1 << 53) + 1, 1), ((1 << 53) + 1, 1 << 1000), (((1 << 53) + 1) << 1000, 1 << 2000),
              (1 << 10000, (1 << 10000) + 1)]
    for a, b in pairs:
        if b == 0:
            continue
        try:
            r = dbits(a / b)
        except OverflowError:
            r = "OVERFLOW"
        w.add("truediv", h(a), h(b), r)
    return w.close()


def gen_misc(rng):
    w = Writer("misc.txt")
    vals = special_values() + [rand_int(rng, 3) for _ in range(200)]
    vals += [rand_int(rng, 30) for _ in range(60)]
    vals += [-1, -2, -(2**61), 2**61 - 1, 2**61, -(2**61 - 1), 2**122 - 1, -(2**61 - 1) * 3 - 1]
    for x in vals:
        w.add("hash", h(x), hash(x))
        w.add("to_int64", h(x), x if -(2**63) <= x < 2**63 else "OVERFLOW")
        w.add("to_uint64", h(x), x if 0 <= x < 2**64 else ("NEGATIVE" if x < 0 else "OVERFLOW"))
    for x in vals[::3] + [-128, -129, 127, 128, 255, 256, -256, -(2**63), -(2**63) - 1]:
        nbytes = (abs(x).bit_length() + 7) // 8
        for n in sorted({0, 1, 2, 8, 9, nbytes, nbytes + 1}):
            for order in ("little", "big"):
                for signed in (False, True):
                    try:
                        r = "b:" + x.to_bytes(n, order, signed=signed).hex()
                    except OverflowError as e:
                        r = "NEGATIVE" if "negative" in str(e) else "OVERFLOW"
                    w.add("to_bytes", h(x), n, order, int(signed), r)
    for _ in range(300):
        n = rng.choice([0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 31, 64, 200])
        data = bytes(rng.choice([0, 0xff, 0x80, 0x7f, rng.randrange(256)]) for _ in range(n))
        for order in ("little", "big"):
            for signed in (False, True):
                w.add("from_bytes", "b:" + data.hex(), order, int(signed),
                      h(int.from_bytes(data, order, signed=signed)))
    return w.close()


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = random.Random(20261121)
    counts = {}
    for name, fn in [("arith", gen_arith), ("bits", gen_bits), ("pow", gen_pow), ("str", gen_str),
                     ("float", gen_float), ("misc", gen_misc)]:
        counts[name] = fn(rng)
    total = sum(counts.values())
    print(" ".join(f"{k}={v}" for k, v in counts.items()), f"total={total}")


if __name__ == "__main__":
    main()
