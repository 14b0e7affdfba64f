def gen():
    yield 1
    yield 2
def gen2(x):
    for i in x:
        yield i * 2
def gen3():
    x = yield
    return x
def gen4(it):
    yield from it
