def g(it):
    try:
        yield from it
    finally:
        done()
