# docs/memory-model.md §9 Pooling: which strings and empty objects CPython shares
import sys

name = "hello"
built = "".join(["hel", "lo"])
print(name == built, name is built)          # equal, but a new object
print(sys.intern(built) is name)             # interning finds the shared one
# one-character strings are cached for code points 0..255 only
print(chr(65) is chr(65), chr(233) is chr(233), chr(8364) is chr(8364))
print(str() is "".join([]), tuple() is tuple([]), bytes() is bytes(0))   # empty singletons
print(frozenset() is frozenset([]), [] is [])
words = "hello world".split()
print(words[0] is name)                      # split() builds new strings
