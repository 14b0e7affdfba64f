# docs/memory-model.md §7 pymalloc: allocation is not random; freed memory is reused first
import sys

# A float goes back to float's free list and the next float takes it.
x = 1.5 * len("ab")
old = id(x)
del x
y = 2.5 * len("ab")
print(id(y) == old)

# Same for lists (the list header has its own free list).
a = [1, 2]
old = id(a)
del a
b = [3]
print(id(b) == old)

# Different types of the same size class share pymalloc blocks: a 73-byte bytes
# object and a 73-byte str both take an 80-byte block.
data = bytes(range(40))
print(sys.getsizeof(data))
old = id(data)
del data
text = "x" * (24 + len(""))
print(sys.getsizeof(text), id(text) == old)
