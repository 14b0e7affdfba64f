# Generations through the gc module, with list self-cycles instead of instances (the class-free
# twin of tests/py/memory/test_gc_generations.py).
import gc
gc.disable()
gc.collect()
print('thresholds:', gc.get_threshold())
t = []
t.append(t)
print('new object in youngest generation, collect(0) leaves live cycle:', gc.collect(0))
del t
print('t survived collect(0) into gen 1, so after del collect(0) misses it:', gc.collect(0))
u = []
u.append(u)
gc.collect(0)
del u
print('survivor moved to gen 1; collect(0) does not see it:', gc.collect(0))
print('collect(1) finds both survivors:', gc.collect(1))
v = []
v.append(v)
gc.collect(1)
del v
print('survivor of gen 1 is in gen 2; collect(1):', gc.collect(1))
print('full collect:', gc.collect(2))
try:
    gc.collect(3)
except ValueError as e:
    print('ValueError:', e)
print('freeze count starts at 0:', gc.get_freeze_count())
gc.enable()
