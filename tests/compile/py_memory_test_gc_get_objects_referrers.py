import gc
gc.disable()
gc.collect()
class Marker:
    pass
m = Marker()
holder = [m]
d = {'m': m}
refs = gc.get_referrers(m)
print('referrer types:', sorted(type(r).__name__ for r in refs if r is holder or r is d))
print('holder referents:', gc.get_referents(holder) == [m])
print('dict referents:', sorted(type(x).__name__ for x in gc.get_referents(d)))
print('tuple referents:', gc.get_referents((1, 'a')))
print('marker instance tracked and in get_objects:', any(o is m for o in gc.get_objects()))
print('gc.get_count() is a 3-tuple:', len(gc.get_count()))
gc.enable()
