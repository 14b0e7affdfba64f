# docs/memory-model.md §6 The collector: count 0 frees at once; the collector is for cycles
import gc
import weakref


class Thing:
    pass


gc.disable()
t = Thing()
r = weakref.ref(t)
del t
print("freed with the collector disabled:", r() is None)
gc.enable()

# The collector starts when container allocations minus deallocations pass these thresholds,
# not on a timer:
print(gc.get_threshold())
print(gc.isenabled())
# It only watches containers that can form cycles.
print(gc.is_tracked(42), gc.is_tracked("text"), gc.is_tracked(3.5))
print(gc.is_tracked([]), gc.is_tracked(Thing()), gc.is_tracked({"a": []}))
# A dict holding only atoms is not tracked either (it cannot be part of a cycle yet).
print(gc.is_tracked({"a": 1}))
