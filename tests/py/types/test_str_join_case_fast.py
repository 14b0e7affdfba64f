# str.join read in place from exact lists and tuples (subclasses go through their iterator)
# and the eight-bytes-at-a-time ASCII upper/lower/casefold, next to the length-changing
# full case mappings of the other kinds.
import sys

class S(str):
    pass

class L(list):
    def __iter__(self):
        return iter(["from", "iter"])

class T(tuple):
    def __iter__(self):
        return iter(("t", "iter"))

seps = ["", " ", ", ", "\xe9", "\u0100", "\U0001f600", "--"]
itemsets = [
    [], ["a"], ["a", "b"], ["abc", "", "de"], ["caf\xe9", "x"], ["\u03b1", "b"],
    ["\U0001f600", "a", "\xe9"], [S("sub"), "x"], ["", ""], ["x" * 20] * 5,
]
for sep in seps:
    for items in itemsets:
        for seq in (items, tuple(items), iter(items), (x for x in items)):
            r = sep.join(seq)
            print(repr(sep), repr(r), type(r).__name__, sys.getsizeof(r))

one = "only"
print(" ".join([one]) is one, " ".join((one,)) is one, type(" ".join([S("s")])).__name__)
print(" ".join(L(["a", "b"])), " ".join(T(("a", "b"))), " ".join("abc"), " ".join({"k": 1}))

for bad in [["a", 1], ("a", b"b"), [None], ["a", "b", 3.0], 5, None, ["a", S("b"), ["c"]]]:
    try:
        print(" ".join(bad))
    except TypeError as e:
        print("TypeError", e)

words = ("alpha beta gamma " * 300).split()
text = " ".join(words)
print(len(text), text[:30], text[-30:], sys.getsizeof(text))

allb = "".join(chr(i) for i in range(128))
for s in [allb, allb[::-1], allb * 3 + "xyz", "", "a", "abcdefgh", "ABCDEFGHi", "@[`{" * 9,
          "Zz" * 17, text]:
    u, l, c = s.upper(), s.lower(), s.casefold()
    print(repr(u[:70]), repr(l[:70]), repr(c[:70]), u.isascii(), sys.getsizeof(u),
          sys.getsizeof(l), len(u))
for s in ["stra\xdfe", "\ufb01ne", "\xdf" * 9, "\u0130stanbul", "\xff", "\u03a3\u03a3 \u03c3",
          "\U00010428abc", "a\xdfb\ufb03c", "abcdefghij\xe9", "ABCDEFGHIJ\u0100"]:
    print(repr(s.upper()), repr(s.lower()), repr(s.casefold()), len(s.upper()),
          sys.getsizeof(s.upper()), sys.getsizeof(s.lower()))
