import sys
lst = []
prev = sys.getsizeof(lst)
print('empty list:', prev)
for i in range(70):
    lst.append(i)
    size = sys.getsizeof(lst)
    mark = '  <- grew' if size != prev else ''
    print(f'len={len(lst):3} size={size}{mark}')
    prev = size
