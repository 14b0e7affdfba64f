def f(a, b, c):
    if (a if b else c):
        return 1
    if not (a and b) or c:
        return 2
    while a < b < c:
        a += 1
    return a if a > 0 else -a
