# str.replace across kinds: same-length replacements done in place (one code point and
# longer), counts (0, 1, negative, huge), widening and narrowing results, sizes and identity.
import sys

HAYS = [
    "", "a", "banana", "aaaa", "abcabcabc", "caf\xe9 \xe9t\xe9", "\xe9\xe9\xe9",
    "\u0100\u0101\u0100", "\u03b1\u03b2\u03b1", "\U0001f600x\U0001f600", "x\U0001f600\xe9\u0100",
    "ab" * 30 + "zzzzzzzzzzzzzzzzzz" + "a",
]
PAIRS = [
    ("a", "A"), ("a", "b"), ("a", "\xe9"), ("a", "\u0100"), ("a", "\U0001f601"), ("\xe9", "e"),
    ("\xe9", "\u0100"), ("\u0100", "A"), ("\u0101", "\xe9"), ("\U0001f600", "!"),
    ("\U0001f600", "\U0001f601"), ("ab", "XY"), ("ab", "\xe9\xe9"), ("an", "AN"), ("aa", "bb"),
    ("\xe9t", "et"), ("\u03b1\u03b2", "ab"), ("abc", "\U0001f600bc"), ("z", "y"), ("q", "Q"),
    ("x\U0001f600", "xy"), ("a", ""), ("a", "xyz"), ("banana", "b"),
]
COUNTS = [None, 0, 1, 2, -1, -5, sys.maxsize, 10 ** 3]

for h in HAYS:
    for old, new in PAIRS:
        out = []
        for c in COUNTS:
            r = h.replace(old, new) if c is None else h.replace(old, new, c)
            out.append((r, sys.getsizeof(r), r == h))
        print(repr(h), repr(old), repr(new), out)

# identity when nothing changes, and a new object when something does
s = "hello world"
print(s.replace("z", "y") is s, s.replace("l", "l") is s, s.replace("o", "0", 0) is s,
      s.replace("o", "0") is s, s.replace("hello world", "HELLO WORLD"))

class S(str):
    pass

t = S("abcabc")
r = t.replace("b", "B")
print(type(r).__name__, r, type(t.replace("z", "y")).__name__, t.replace("z", "y") is t)

# argument errors
for call in [lambda: "a".replace(1, "b"), lambda: "a".replace("a", None),
             lambda: "a".replace("a", "b", "1"), lambda: "a".replace("a"),
             lambda: "a".replace("a", "b", 10 ** 30), lambda: "a".replace("a", "b", 1.0)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# large text, as the benchmark does
text = " ".join(("alpha beta gamma delta epsilon zeta eta theta " * 50).split())
for old, new in [("a", "A"), ("eta", "ETA"), ("a", "\xe4"), ("eta", "\u03b7ta")]:
    r = text.replace(old, new)
    print(len(r), sys.getsizeof(r), r.count(new), r[:40])
    r = text.replace(old, new, 7)
    print(len(r), sys.getsizeof(r), r.count(new), r[-40:])

# every byte value next to the replaced one (the eight-bytes-at-a-time path)
allb = "".join(chr(i) for i in range(256)) * 3 + "\x00\xff\x80\x7f" * 5
asc = "".join(chr(i) for i in range(128)) * 3 + "\x00\x7f" * 9
for h in [allb, asc, allb[::-1]]:
    for u1, u2 in [("\x00", "\x01"), ("\x01", "\x00"), ("\x7f", "\x80"), ("\x80", "\x7f"),
                   ("\xff", "\xfe"), ("\xfe", "\xff"), ("a", "\xe9"), ("\xe9", "a"), ("A", "\x00")]:
        for c in [-1, 1, 5, len(h), len(h) - 1]:
            r = h.replace(u1, u2, c)
            diffs = [i for i in range(len(h)) if h[i] != r[i]]
            print(len(diffs), diffs[:3], diffs[-3:], sys.getsizeof(r), r.count(u2) - h.count(u2))
