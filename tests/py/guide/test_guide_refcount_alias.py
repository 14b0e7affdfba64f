# docs/memory-model.md §5 Reference counting: a fresh object's count; 10's is not 2
import sys

a = []
print(sys.getrefcount(a))   # 2: the name a, plus getrefcount's own argument
b = a
print(sys.getrefcount(a))   # 3: a, b, the argument
del a
print(sys.getrefcount(b))   # 2 again
holder = [b, b]
print(sys.getrefcount(b))   # each list slot is a reference
holder.clear()
print(sys.getrefcount(b))

# 10 is a cached small int shared by the whole interpreter: far more than 2 references.
n = 10
m = n
print(sys.getrefcount(n) > 3)
