import sys
s = set()
prev = sys.getsizeof(s)
print('empty set:', prev)
for i in range(100):
    s.add(i)
    size = sys.getsizeof(s)
    if size != prev or i < 5:
        print(f'len={len(s):3} size={size}')
    prev = size
print('frozensets:', [sys.getsizeof(frozenset(range(n))) for n in (0, 1, 4, 5, 8, 18, 19, 50)])
print('set(range(n)):', [sys.getsizeof(set(range(n))) for n in (0, 1, 4, 5, 8, 18, 19, 50)])
print('literal:', sys.getsizeof({1, 2, 3}), sys.getsizeof({'a', 'b'}))
for i in range(95):
    s.discard(i)
print('after discards:', len(s), sys.getsizeof(s))
s.clear()
print('after clear:', sys.getsizeof(s))
