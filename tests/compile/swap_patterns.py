def f(a, b, c):
    a, b = b, a
    a, b, c = c, a, b
    x, y = y, x = a, b
    return a, b, c
