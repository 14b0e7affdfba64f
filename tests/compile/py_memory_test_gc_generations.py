import gc
gc.disable()
gc.collect()
print('thresholds:', gc.get_threshold())
class T:
    pass
t = T()
t.me = t
print('new object in youngest generation, collect(0) leaves live cycle:', gc.collect(0))
del t
print('t survived collect(0) into gen 1, so after del collect(0) misses it:', gc.collect(0))
u = T()
u.me = u
gc.collect(0)
del u
print('survivor moved to gen 1; collect(0) does not see it:', gc.collect(0))
print('collect(1) finds both survivors:', gc.collect(1))
v = T()
v.me = v
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
