def f():
    return 1, *rest
def g():
    yield 1, *rest
