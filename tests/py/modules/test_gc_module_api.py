# The gc module's API without classes: cycles of lists/dicts, is_tracked on builtins,
# thresholds, collect results, callbacks, DEBUG_SAVEALL, and the errors for bad arguments.
import gc

print(sorted(n for n in dir(gc) if not n.startswith('_')))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(type(gc.garbage), gc.garbage, type(gc.callbacks), gc.callbacks)

# --- enable / disable ---
gc.disable()
print('enabled:', gc.isenabled())
gc.enable()
print('enabled:', gc.isenabled())
gc.disable()

# --- collect on known cycles ---
gc.collect()
print('clean collect:', gc.collect())
a = []
a.append(a)
del a
print('one self-cycle:', gc.collect())
a = [1]
b = [a]
a.append(b)
del a, b
print('two-list cycle:', gc.collect())
d = {}
d['self'] = d
del d
print('dict self-cycle:', gc.collect())
x = {'l': []}
x['l'].append(x)
del x
print('dict<->list:', gc.collect(2))
y = [[]]
y[0].append(y)
del y
print('gen0 collect:', gc.collect(0))
print('gen1 collect:', gc.collect(generation=1))
keep = []
keep.append(keep)
print('reachable cycle:', gc.collect())
ring = [[] for i in range(10)]
for i in range(10):
    ring[i].append(ring[(i + 1) % 10])
del ring
print('ring of 10 (+ the holder list):', gc.collect())

# --- is_tracked ---
cases = [('int', 1), ('big int', 10 ** 40), ('float', 1.5), ('str', 'text'), ('bytes', b'b'),
         ('None', None), ('True', True), ('empty tuple', ()), ('tuple of ints', (1, 2)),
         ('empty list', []), ('list', [1, 2]), ('empty dict', {}), ('dict of ints', {1: 2}),
         ('dict with list', {1: []}), ('set', {1}), ('frozenset', frozenset([1])),
         ('function', lambda: 0), ('range', range(3)), ('bytearray', bytearray()),
         ('complex', 1j), ('module', gc), ('builtin', len), ('type', int)]
for name, obj in cases:
    print(f'{name:>16}: {gc.is_tracked(obj)}')
print('is_finalized([]):', gc.is_finalized([]), 'is_finalized(1):', gc.is_finalized(1))

# --- thresholds and counts ---
print('threshold:', gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(100, 20, 30)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
gc.collect()
c = gc.get_count()
print('count type:', type(c), len(c), c[1], c[2])
gc.collect(0)
print('after collect(0): gen1 count', gc.get_count()[1])
gc.collect(0)
print('after 2x collect(0): gen1 count', gc.get_count()[1])
gc.collect(1)
print('after collect(1):', gc.get_count()[1:])
gc.collect()
print('after collect():', gc.get_count()[1:])

# --- stats ---
st = gc.get_stats()
print(len(st), [sorted(s) for s in st])
before = gc.get_stats()[2]['collections']
gc.collect()
print('full collections +', gc.get_stats()[2]['collections'] - before)
before = gc.get_stats()[2]['collected']
z = []
z.append(z)
del z
gc.collect()
print('collected +', gc.get_stats()[2]['collected'] - before)

# --- debug flags, SAVEALL ---
print('debug:', gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print('debug:', gc.get_debug())
s = ['saved']
s.append(s)
del s
print('saveall collect:', gc.collect())
print('garbage:', len(gc.garbage), gc.garbage[0][0], gc.garbage[0][1] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print('garbage cleared:', gc.garbage, 'then collect:', gc.collect())

# --- callbacks ---
events = []
def cb(phase, info):
    events.append((phase, sorted(info), info['generation'], info['collected'],
                   info['uncollectable']))
gc.callbacks.append(cb)
w = [1]
w.append(w)
del w
print('with callback:', gc.collect())
for e in events:
    print(e)
events.clear()
gc.collect(1)
print([(e[0], e[2]) for e in events])
gc.callbacks.remove(cb)
events.clear()
gc.collect()
print('after removal:', events)

# --- referrers, referents, get_objects ---
target = ['target']
holder1 = [target]
holder2 = {'k': target}
refs = gc.get_referrers(target)
print('referrers:', len(refs), any(r is holder1 for r in refs), any(r is holder2 for r in refs))
print('referents of list:', gc.get_referents([1, 'a', None]))
print('referents of dict:', sorted(gc.get_referents({'a': 1}), key=repr))
print('referents of ints:', gc.get_referents(1, 'x'))
print('referents of two:', gc.get_referents([1], [2]))
objs = gc.get_objects()
print('get_objects has holder1:', any(o is holder1 for o in objs), 'itself:', any(o is objs for o in objs))
del objs
fresh = [[]]
print('gen0 has fresh:', any(o is fresh for o in gc.get_objects(0)))
gc.collect()
print('after full collect, gen2 has fresh:', any(o is fresh for o in gc.get_objects(2)),
      'gen0:', any(o is fresh for o in gc.get_objects(generation=0)))
print('get_objects(None) is list:', type(gc.get_objects(None)))

# --- freeze ---
gc.freeze()
print('frozen > 0:', gc.get_freeze_count() > 0)
print('frozen not in gen2:', not any(o is fresh for o in gc.get_objects(2)))
gc.unfreeze()
print('after unfreeze:', gc.get_freeze_count(), any(o is fresh for o in gc.get_objects(2)))

# --- errors ---
tests = [
    ('collect(3)', lambda: gc.collect(3)),
    ('collect(-1)', lambda: gc.collect(-1)),
    ("collect('x')", lambda: gc.collect('x')),
    ('collect(1.5)', lambda: gc.collect(1.5)),
    ('collect(1, 2)', lambda: gc.collect(1, 2)),
    ('collect(gen=1)', lambda: gc.collect(gen=1)),
    ('collect(2**40)', lambda: gc.collect(2 ** 40)),
    ('collect(generation=None)', lambda: gc.collect(generation=None)),
    ('set_threshold()', lambda: gc.set_threshold()),
    ('set_threshold(1, 2, 3, 4)', lambda: gc.set_threshold(1, 2, 3, 4)),
    ("set_threshold('a')", lambda: gc.set_threshold('a')),
    ('set_threshold(1.0)', lambda: gc.set_threshold(1.0)),
    ('set_threshold(2**40)', lambda: gc.set_threshold(2 ** 40)),
    ('set_threshold(-2**40)', lambda: gc.set_threshold(-2 ** 40)),
    ('set_threshold(2**70)', lambda: gc.set_threshold(2 ** 70)),
    ('set_threshold(x=1)', lambda: gc.set_threshold(x=1)),
    ('get_objects(3)', lambda: gc.get_objects(3)),
    ('get_objects(-2)', lambda: gc.get_objects(-2)),
    ("get_objects('a')", lambda: gc.get_objects('a')),
    ('get_objects(1.0)', lambda: gc.get_objects(1.0)),
    ('get_objects(1, 2)', lambda: gc.get_objects(1, 2)),
    ('get_objects(2**70)', lambda: gc.get_objects(2 ** 70)),
    ('is_tracked()', lambda: gc.is_tracked()),
    ('is_tracked(1, 2)', lambda: gc.is_tracked(1, 2)),
    ('is_finalized()', lambda: gc.is_finalized()),
    ('enable(1)', lambda: gc.enable(1)),
    ('get_count(1)', lambda: gc.get_count(1)),
    ('get_stats(1)', lambda: gc.get_stats(1)),
    ('freeze(1)', lambda: gc.freeze(1)),
    ('isenabled(1)', lambda: gc.isenabled(1)),
    ("set_debug('a')", lambda: gc.set_debug('a')),
    ('set_debug()', lambda: gc.set_debug()),
    ('set_debug(2**40)', lambda: gc.set_debug(2 ** 40)),
    ('get_referrers(x=1)', lambda: gc.get_referrers(x=1)),
    ('get_referents(x=1)', lambda: gc.get_referents(x=1)),
]
for name, f in tests:
    try:
        print(name, '->', f())
    except Exception as e:
        print(name, '->', type(e).__name__ + ':', e)
print('threshold after errors:', gc.get_threshold())
print('debug after errors:', gc.get_debug())
gc.set_threshold(700, 10, 10)
gc.enable()
print('done', gc.isenabled())
