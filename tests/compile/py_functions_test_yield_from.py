def inner():
    x = yield 'i1'
    print('inner got', x)
    yield 'i2'
    return 'inner-result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'o1'
g = outer()
print(next(g))
print(g.send('sent'))
print(next(g))
try:
    next(g)
except StopIteration:
    print('done')
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def thrower():
    try:
        yield 1
    except ValueError:
        yield 'inner handled'
def delegator():
    yield from thrower()
    yield 'after'
g = delegator()
next(g)
print(g.throw(ValueError))
print(next(g))
def ret_only():
    return 5
    yield
def uses():
    v = yield from ret_only()
    yield v
print(list(uses()))
def sub():
    try:
        yield 1
    finally:
        print('sub closed')
def dele():
    yield from sub()
g = dele()
next(g)
g.close()
