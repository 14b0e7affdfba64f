def numbered(items):
    for i, item in enumerate(items):
        cmd = yield f'{i}:{item}'
        if cmd == 'skip':
            yield 'skipped'
g = numbered('abc')
print(next(g))
print(g.send('skip'))
print(next(g))
print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(20)])
def take(n, it):
    for _ in range(n):
        yield next(it)
try:
    print(list(take(5, iter([1, 2]))))
except RuntimeError as e:
    print('RuntimeError:', e)
