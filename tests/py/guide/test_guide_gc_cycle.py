# docs/memory-model.md §6 The collector: a cycle keeps its counts above 0 until gc.collect()
import gc
import sys
import weakref


class Node:
    pass


gc.collect()
gc.disable()

a = Node()
b = Node()
a.other = b
b.other = a
probe = weakref.ref(a)
print(sys.getrefcount(a))   # a, b.other, argument
del a, b
print("alive after del:", probe() is not None)
print("collected:", gc.collect())
print("alive after collect:", probe() is not None)

lst = []
lst.append(lst)
print(lst)
del lst
print("collected:", gc.collect())
print("collected again:", gc.collect())
gc.enable()
