import gc
gc.disable()
gc.collect()
events = []
def cb(phase, info):
    events.append((phase, sorted(info), info['generation'], info['collected'], info['uncollectable']))
gc.callbacks.append(cb)
x = []
x.append(x)
del x
n = gc.collect()
print('collected', n)
for e in events:
    print(e)
events.clear()
gc.collect(0)
print([e[0] for e in events], [e[2] for e in events])
events.clear()
gc.collect(1)
print([(e[0], e[2]) for e in events])
gc.callbacks.remove(cb)
events.clear()
gc.collect()
print('after removal:', events)
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
