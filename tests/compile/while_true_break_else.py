def f(it):
    while True:
        x = next(it, None)
        if x is None:
            break
        yield x
    else:
        pass
    return 0
