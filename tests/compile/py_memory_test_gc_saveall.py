import gc
gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = []
a.append(a)
b = {}
b['me'] = b
del a, b
n = gc.collect()
print('collected', n)
print('garbage holds:', sorted(type(o).__name__ for o in gc.garbage))
print('list in garbage is the self-cycle:', any(type(o) is list and o[0] is o for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print('garbage cleared:', gc.garbage)
c = []
c.append(c)
del c
print('without SAVEALL (the two cleared cycles are garbage again, plus c):', gc.collect(), gc.garbage)
gc.enable()
