def f():
    global g
    g = 1
    return h
