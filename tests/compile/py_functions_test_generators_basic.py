def gen():
    print('start')
    yield 1
    print('middle')
    yield 2
    print('end')
g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(list(gen()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)))
def empty():
    return
    yield
print(list(empty()))
def with_return():
    yield 'a'
    return 'result'
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value', e.value, e.args)
print(sum(x * x for x in range(10)))
def infinite():
    i = 0
    while True:
        yield i
        i += 1
it = infinite()
print([next(it) for _ in range(5)])
g = gen()
print(iter(g) is g)
def gen_state():
    yield 1
g = gen_state()
print(g.gi_running, g.gi_frame is not None)
list(g)
print(g.gi_frame)
