i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print('i', i)
else:
    print('else not reached')
print('after', i)
j = 0
while j < 3:
    j += 1
else:
    print('else reached', j)
k = 10
while k:
    k //= 2
    print(k, end=' ')
print()
n = 0
while True:
    n += 1
    if n > 3:
        break
print('n', n)
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    print(outer, inner)
    outer += 1
