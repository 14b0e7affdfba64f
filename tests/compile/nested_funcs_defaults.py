def outer(a, b=[]):
    def inner(x=a, *, y=b):
        return x, y
    return inner
