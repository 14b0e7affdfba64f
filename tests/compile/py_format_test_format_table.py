rows = [('Alice', 30, 1234.5), ('Bob', 4, 99.999), ('Christina', 101, 0.5)]
print('{:<10} {:>5} {:>10}'.format('Name', 'Age', 'Balance'))
print('-' * 27)
for r in rows:
    print('{:<10} {:>5d} {:>10.2f}'.format(*r))
for r in rows:
    print('%-10s %5d %10.2f' % r)
for n, a, b in rows:
    print(f'{n:.<10}{a:.>5}{b:.>12,.1f}')
print('|'.join(f'{i:^5}' for i in range(4)))
print('\n'.join(f'{i:>2} x {j} = {i * j:>3}' for i in (3, 12) for j in (1, 9)))
