import sys
d = {}
prev = sys.getsizeof(d)
print('empty dict:', prev)
for i in range(100):
    d[i] = i
    size = sys.getsizeof(d)
    if size != prev or i < 10:
        print(f'int keys len={len(d):3} size={size}')
    prev = size
s = {}
prev = sys.getsizeof(s)
for i in range(100):
    s['k' + str(i)] = i
    size = sys.getsizeof(s)
    if size != prev or i < 10:
        print(f'str keys len={len(s):3} size={size}')
    prev = size
print('literals:', sys.getsizeof({'a': 1}), sys.getsizeof({1: 1}), sys.getsizeof(dict(a=1, b=2)), sys.getsizeof(dict.fromkeys(range(10))))
for k in list(d)[:90]:
    del d[k]
print('after deleting 90:', len(d), sys.getsizeof(d))
d.clear()
print('after clear:', sys.getsizeof(d))
print('comprehension:', [sys.getsizeof({i: i for i in range(n)}) for n in (0, 1, 5, 6, 10, 11, 21, 22, 43, 44)])
