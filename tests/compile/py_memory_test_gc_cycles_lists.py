import gc
gc.disable()
gc.collect()
print('nothing to collect:', gc.collect())
a = []
a.append(a)
del a
print('self-referencing list:', gc.collect())
x = []
y = [x]
x.append(y)
del x, y
print('two lists in a cycle:', gc.collect())
ring = [[] for _ in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
ring = None
print('ring of 10 lists:', gc.collect())
keep = []
keep.append(keep)
print('cycle still referenced:', gc.collect())
del keep
print('after dropping the reference:', gc.collect())
p = [1, 2, 3]
q = [p, 'text', 10 ** 30]
p.append(q)
del p, q
print('cycle with atoms inside (atoms not counted):', gc.collect())
t = []
t.append((t,))
del t
print('list <-> tuple cycle:', gc.collect())
print('again:', gc.collect())
gc.enable()
