log = []
def source(n):
    for i in range(n):
        log.append(f'src {i}')
        yield i
def double(it):
    for v in it:
        log.append(f'dbl {v}')
        yield v * 2
def take(it, k):
    for _, v in zip(range(k), it):
        yield v
result = list(take(double(source(10)), 3))
print(result)
print(log)
log.clear()
g = double(source(2))
print('nothing runs until next():', log)
print(next(g), log)
def countdown(n):
    print('countdown starts')
    while n:
        yield n
        n -= 1
    print('countdown ends')
for v in countdown(2):
    print('got', v)
