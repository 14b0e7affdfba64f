def g():
    try:
        yield 1
    finally:
        yield 2
def h():
    with ctx:
        yield 3
def k():
    for x in y:
        try:
            yield x
        except E:
            pass
