import sys
for n in (0, 1, 2, 5, 10, 100):
    items = list(range(n))
    print(n, 'list', sys.getsizeof(items), 'tuple', sys.getsizeof(tuple(items)), 'difference', sys.getsizeof(items) - sys.getsizeof(tuple(items)))
print('pointer size:', sys.getsizeof((1, 2)) - sys.getsizeof((1,)))
print('container size excludes elements:', sys.getsizeof(['x' * 1000]) == sys.getsizeof(['x']))
def deep_size(o, seen=None):
    seen = set() if seen is None else seen
    if id(o) in seen:
        return 0
    seen.add(id(o))
    size = sys.getsizeof(o)
    if isinstance(o, (list, tuple, set, frozenset)):
        size += sum(deep_size(x, seen) for x in o)
    elif isinstance(o, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in o.items())
    return size
print('deep sizes:', deep_size([1, 2, 3]), deep_size({'a': [1, 2]}), deep_size(('x' * 10, 'x' * 10)))
cyc = []
cyc.append(cyc)
print('deep size of a self-containing list:', deep_size(cyc))
