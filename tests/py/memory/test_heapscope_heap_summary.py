# expected: hand-written (heapscope.heap_summary has no CPython counterpart; python3 has no heapscope module, so the output was checked by hand): objects and bytes per type, and the allocator's size classes
import gc
import heapscope


class Point:
    __slots__ = ('x', 'y')


class Record:
    pass


before = heapscope.heap_summary()
print('keys:', sorted(before))
print('by_type maps types to (count, bytes):',
      all(isinstance(t, type) and len(v) == 2 for t, v in before['by_type'].items()))
print('largest first:', [v[1] for v in before['by_type'].values()] ==
      sorted((v[1] for v in before['by_type'].values()), reverse=True))

points = [Point() for _ in range(1000)]        # 32 bytes + GC head 16: class 2 (48)
records = [Record() for _ in range(500)]       # 56 bytes with GC head and pre-header: class 3 (64)
floats = [float(i) + 0.5 for i in range(300)]  # 24 bytes, not tracked: found through the list
after = heapscope.heap_summary()
bt = after['by_type']
print('Point:', bt[Point])
print('Record:', bt[Record])
print('float grew by 300:', bt[float][0] - before['by_type'].get(float, (0, 0))[0] == 300)
print('float bytes:', bt[float][1] == 32 * bt[float][0])
print('list of points counted:', bt[list][0] >= 3)
print('objects grew:', after['objects'] - before['objects'] >= 1800)
print('static objects are not heap blocks:', after['static_objects'] > 0)

# the size classes are the allocator's
classes = after['by_size_class']
print('classes:', len(classes), classes[0]['block_size'], classes[-1]['block_size'])
print('class fields:', sorted(classes[0]))
print('bytes per class:', all(c['bytes_in_use'] == c['blocks_in_use'] * c['block_size'] for c in classes))
c2, c2b = classes[2], before['by_size_class'][2]
print('class 2 holds the points:', c2['blocks_in_use'] - c2b['blocks_in_use'] >= 1000)
print('pools hold the blocks:', all(c['pools'] * (16384 - 48) // c['block_size'] >=
                                    c['blocks_in_use'] for c in classes))
print('bytes in use cover the classes:',
      sum(c['bytes_in_use'] for c in classes) + after['large_bytes'] <= after['bytes_in_use'])

# freed objects leave the summary
del points, records
gc.collect()
gone = heapscope.heap_summary()['by_type']
print('gone:', Point in gone, Record in gone)


# inside a running generator whose stack holds stale pointers (freed temporaries)
def running():
    n = len([Point(), Point()] + [(yield 1)])
    yield n, Point in heapscope.heap_summary()['by_type']  # the Points are gone


g = running()
next(g)
print('running generator:', g.send(None))
