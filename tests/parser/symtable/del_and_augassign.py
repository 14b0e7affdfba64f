def f():
    x += 1
    del y
    z.a = 1
    w[0] = 2
