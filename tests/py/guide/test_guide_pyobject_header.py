# docs/memory-model.md §4 PyObject: refcount + type pointer (16 bytes), then the data
import sys

print("object()", sys.getsizeof(object()))   # refcount (8) + type pointer (8), nothing else
print("1.5", sys.getsizeof(1.5))             # header + one C double
# int: header + digit count (8) + 4 bytes per 30-bit digit (0 still gets one digit)
for n in (0, 10, 2**30, 2**60, 2**90):
    print("int", n.bit_length(), "bits:", sys.getsizeof(n))
# str: 48 bytes of header for ASCII text, 72 otherwise, then 1, 2 or 4 bytes a character + NUL
for s in ("", "a", "ab", "é", "€"):
    print("str", ascii(s), sys.getsizeof(s))
print("tuples", sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2)))
# Containers the collector tracks carry a 16-byte GC header before the object; getsizeof counts it.
print("[] {} set()", sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(set()))
# A list holds 8-byte references, not the values: its size does not depend on what they point to.
small = [None] * 3
big = ["x" * 1000] * 3
print(sys.getsizeof(small), sys.getsizeof(big), sys.getsizeof(big[0]))
# id() is the object's address; it stays the same for the object's whole life.
v = [1]
first = id(v)
v.append(2)
print(id(v) == first)
