# str find/rfind/index/count/in/split/partition/replace across kinds: the Horspool search
# (needles of 2..32 code points), one-code-point scans, long needles, slices and counts.
import sys

HAYS = [
    "",
    "a",
    "abracadabra",
    "aaaaaaaaaa",
    "abababababa",
    "the zeta eta theta beta " * 5,
    "caf\xe9 na\xefve \xe9t\xe9 \xe9\xe9\xe9",
    "\u03b1\u03b2\u03b3 \u03b1\u03b2 \u03b1\u03b2\u03b3\u03b1\u03b2\u03b3 x",
    "\U0001f600a\U0001f600ab\U0001f600\U0001f600aab",
    "mix \xe9 \u0100 \U00010000 \xe9\u0100\xe9\u0100 end",
    "xyz" * 40 + "xyzw" + "xyz" * 3,
]
NEEDLES = [
    "", "a", "aa", "aaa", "ab", "aba", "abra", "eta", "zeta ", "\xe9", "\xe9\xe9", "\xe9t",
    "\u03b1\u03b2\u03b3", "\u03b1\u03b2", "\U0001f600a", "\U0001f600\U0001f600", "\u0100\xe9",
    "xyzw", "xyz" * 10 + "w", "xyz" * 11 + "w", "q", "\u20ac", "\U0001f601", "na\xefve",
]
SLICES = [(None, None), (1, None), (0, 5), (-4, None), (-100, -2), (3, 2), (2, 100), (5, 5)]

for h in HAYS:
    for nd in NEEDLES:
        row = []
        for a, b in SLICES:
            row.append((h.find(nd, a, b), h.rfind(nd, a, b), h.count(nd, a, b)))
        row.append(nd in h)
        print(repr(h)[:30], repr(nd), row)

# overlapping candidates, counts stop at non-overlapping matches
for h, nd in [("aaaa", "aa"), ("abababa", "aba"), ("aaaaa", "aaa"), ("\xe9\xe9\xe9\xe9", "\xe9\xe9"),
              ("\u0101\u0101\u0101", "\u0101\u0101"), ("\U00010000" * 7, "\U00010000" * 3)]:
    print(h.count(nd), h.find(nd), h.rfind(nd), h.split(nd), h.rsplit(nd), h.split(nd, 1),
          h.rsplit(nd, 1), h.partition(nd), h.rpartition(nd), h.replace(nd, "-"),
          h.replace(nd, "-", 1))

# 33+ code point needles take the other engines
long_h = "ab" * 300 + "c" + "ab" * 20
for nd in ["ab" * 16 + "c", "ab" * 17 + "c", "b" + "ab" * 20, "c" + "ab" * 20, "ab" * 21]:
    print(long_h.find(nd), long_h.rfind(nd), long_h.count(nd), nd in long_h)

# bloom filter collisions: code points that agree modulo 64
h = "A\x81\u0141" * 10 + "a\x01A"
for nd in ["\x01A", "A\x01", "a\x01A", "\x81\u0141A", "\u0141a"]:
    print(h.find(nd), h.rfind(nd), h.count(nd))

# index errors, bad types
for call in [lambda: "abc".index("cd"), lambda: "abc".rindex("x", 1), lambda: "abc".find(1),
             lambda: "abc".count(None), lambda: "abc".find("a", "x"), lambda: 1 in "abc"]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# huge and None bounds
print("abcabc".find("bc", -sys.maxsize, sys.maxsize), "abcabc".rfind("bc", None, None),
      "abcabc".count("bc", 10 ** 30), "abcabc".count("", 2, 4), "abc".find("", 5))
