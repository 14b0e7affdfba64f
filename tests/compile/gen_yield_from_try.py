def g(it):
    try:
        r = yield from it
    except StopIteration:
        r = None
    return r
