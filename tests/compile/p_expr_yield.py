def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield z
    yield from it
    z = yield from it
    await_ = (yield)
    f((yield))
    yield *a, b
