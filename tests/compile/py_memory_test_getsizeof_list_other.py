import sys
print('literals:', [sys.getsizeof(x) for x in ([], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5, 6, 7, 8])])
print('list(range(n)):', [sys.getsizeof(list(range(n))) for n in range(0, 20)])
print('comprehension:', [sys.getsizeof([i for i in range(n)]) for n in range(0, 20)])
print('[None]*n:', [sys.getsizeof([None] * n) for n in range(0, 12)])
l = list(range(100))
print('100 items:', sys.getsizeof(l))
while len(l) > 0:
    l.pop()
    if len(l) % 10 == 0:
        print(f'after pop len={len(l)} size={sys.getsizeof(l)}')
l = list(range(50))
l.clear()
print('after clear:', sys.getsizeof(l))
e = []
e.extend(range(10))
print('extend 10:', sys.getsizeof(e))
e.extend(range(100))
print('extend 100 more:', sys.getsizeof(e))
e2 = [0] * 3
e2 += [1]
print('[0]*3 += [1]:', sys.getsizeof(e2))
ins = []
for i in range(10):
    ins.insert(0, i)
print('10 inserts:', sys.getsizeof(ins))
c = list(range(10)).copy()
print('copy of 10:', sys.getsizeof(c), sys.getsizeof(list(range(10))[:]), sys.getsizeof(sorted(range(10))))
