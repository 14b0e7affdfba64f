import gc
gc.disable()
gc.collect()
d = {}
d['self'] = d
del d
print('self-referencing dict:', gc.collect())
a, b = {}, {}
a['b'] = b
b['a'] = a
del a, b
print('two dicts:', gc.collect())
d = {'list': []}
d['list'].append(d)
del d
print('dict <-> list:', gc.collect())
chain = {}
cur = chain
for i in range(5):
    cur['next'] = {}
    cur = cur['next']
cur['next'] = chain
del chain, cur
print('chain of 6 dicts closed into a cycle:', gc.collect())
nc = {'a': 1, 'b': 'x'}
del nc
print('acyclic dict freed by refcount, not gc:', gc.collect())
gc.enable()
