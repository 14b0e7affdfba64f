# Seed 001, fragment 5: a list that contains itself.
# Added: prints of the recursive repr, and a collection showing the cycle collector frees it.
import gc
a = []
a.append(a)
print(a, a[0] is a)
gc.disable()
gc.collect()
del a
print('objects freed by the cycle collector:', gc.collect())
gc.enable()
