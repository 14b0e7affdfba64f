for i in range(3):
    print('i', i)
else:
    print('else done')
for i in range(10):
    if i == 2:
        break
else:
    print('not printed')
print('broke at', i)
for i in []:
    print('never')
else:
    print('empty else')
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for ch in 'hey':
    print(ch, end='-')
print()
for k in {'x': 1, 'y': 2}:
    print(k)
for i in range(5):
    if i % 2:
        continue
    print('even', i)
for x in range(3):
    pass
print(x)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
    print(item)
for i, j in zip('ab', range(5)):
    print(i, j)
for x in range(2):
    for y in range(3):
        if y == 1:
            break
        print(x, y)
    else:
        print('inner else')
