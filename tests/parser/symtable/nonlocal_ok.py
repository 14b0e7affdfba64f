def f():
    x = 0
    def g():
        nonlocal x
        x += 1
    return g
