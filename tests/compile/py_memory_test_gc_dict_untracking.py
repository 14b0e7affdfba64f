import gc
gc.disable()
print('empty dict:', gc.is_tracked({}))
print('dict of atoms:', gc.is_tracked({'a': 1, 'b': 'two', 'c': 3.0}))
d = {}
print('new empty dict:', gc.is_tracked(d))
d['x'] = 1
print('after adding an int:', gc.is_tracked(d))
d['y'] = []
print('after adding a list value:', gc.is_tracked(d))
del d['y']
print('after removing the list (stays tracked):', gc.is_tracked(d))
gc.collect()
print('after a collection:', gc.is_tracked(d))
e = {'t': (1, 2)}
print('dict holding tuple of atoms:', gc.is_tracked(e))
f = {(1, 2): 'k'}
print('dict with tuple key:', gc.is_tracked(f))
g = dict(a=[1])
print('dict holding list:', gc.is_tracked(g))
print('list always tracked even empty:', gc.is_tracked([]))
print('set of ints:', gc.is_tracked({1, 2}))
gc.enable()
