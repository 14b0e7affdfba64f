def gen():
    yield 1
    yield 2
g = gen()
print(g.__name__, g.__qualname__)
r = list(zip(gen(), gen()))
print(r)
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def self_next():
    yield next(g3)
g3 = self_next()
try:
    next(g3)
except ValueError as e:
    print(e)
def stop_inside():
    yield 1
    raise StopIteration('boom')
try:
    list(stop_inside())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
def fin():
    try:
        yield 1
    finally:
        print('finally on exhaustion')
print(list(fin()))
def g_list():
    yield [1]
print([x for x in g_list()])
e = enumerate(gen())
print(list(e))
def pipeline():
    nums = (i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    squares = (n * n for n in evens)
    return list(squares)
print(pipeline())
