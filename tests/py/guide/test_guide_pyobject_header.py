# docs/memory-model.md §4 PyObject: refcount + type pointer (16 bytes), then the data
import sys

print(sys.getsizeof(object()))   # refcount (8) + type pointer (8), nothing else
print(type(10).__name__, type(1.5).__name__, type("a").__name__, type([]).__name__)
print(sys.getsizeof(1.5))        # header + one C double
print(sys.getsizeof(0), sys.getsizeof(10), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(2**90))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("ab"), sys.getsizeof("é"), sys.getsizeof("€"))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2)))
# Containers the collector tracks carry a 16-byte GC header before the object; getsizeof counts it.
print(sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(set()))
# A list holds 8-byte references, not the values: the size does not depend on what they point to.
small = [None] * 3
big = ["x" * 1000] * 3
print(sys.getsizeof(small), sys.getsizeof(big), sys.getsizeof(big[0]))
# id() is the object's address; it stays the same for the object's whole life.
v = [1]
first = id(v)
v.append(2)
print(id(v) == first)
