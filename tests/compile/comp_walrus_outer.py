def f(xs):
    found = None
    if any((found := x) > 2 for x in xs):
        return found
    return [last := v for v in xs], last
