# expected: hand-written (heapscope.gc_log has no CPython counterpart; python3 has no heapscope module, so the output was checked by hand): one record per collection, as gc.callbacks sees them
import gc
import heapscope

print('capacity:', heapscope.GC_LOG_CAPACITY)
log = heapscope.gc_log()
print('a list of records:', type(log).__name__, all(type(r).__name__ == 'GCRecord' for r in log))

# every collection since start is there (automatic ones included), oldest first
seen = []


def cb(phase, info):
    if phase == 'stop':
        seen.append((info['generation'], info['collected'], info['uncollectable']))


n0 = len(heapscope.gc_log())
gc.callbacks.append(cb)


class Cyclic:
    pass


def make_garbage(n):
    for _ in range(n):
        a, b = Cyclic(), Cyclic()
        a.other, b.other = b, a


make_garbage(3)
found = gc.collect()
make_garbage(2000)          # enough allocations for automatic collections of generation 0
gc.collect(1)
gc.callbacks.remove(cb)
log = heapscope.gc_log()
mine = log[n0:]
print('one record per collection:', len(mine) == len(seen), len(mine) >= 3)
print('same figures as gc.callbacks:',
      [(r.generation, r.collected, r.uncollectable) for r in mine] == seen)
r = mine[0]
print('fields:', len(r), (r.generation, r.candidates, r.collected, r.uncollectable, r.pause_ns) == tuple(r))
print('full collection first:', mine[0].generation, mine[0].collected == found, found >= 6)
print('gen-1 collection last:', mine[-1].generation)
print('automatic ones are young:', all(r.generation == 0 for r in mine[1:-1]))
print('automatic ones collected the cycles:', sum(r.collected for r in mine[1:-1]) > 0)
print('candidates cover the collected:', all(r.candidates >= r.collected + r.uncollectable for r in mine))
print('pauses are positive:', all(r.pause_ns > 0 for r in mine))
print('a full collection examines every tracked object:', mine[0].candidates >= 2 * 3)

# the log agrees with gc.get_stats
stats = gc.get_stats()
print('no more records than collections:', len(log) <= sum(s['collections'] for s in stats))
print('each gen-2 collection logged:',
      sum(1 for r in log if r.generation == 2) == stats[2]['collections'])
