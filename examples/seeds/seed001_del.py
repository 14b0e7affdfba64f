# Seed 001, fragment 4: `del a` (needs the previous fragment's a and b to run).
# Added: the two assignments before it, and prints after it.
import sys
a = [10]                      # a fresh object, so its reference count is meaningful
b = a
before = sys.getrefcount(b)
del a
print('references dropped by del a:', before - sys.getrefcount(b))
print('b still refers to the object:', b)
print("'a' still defined:", 'a' in globals())
