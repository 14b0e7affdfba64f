def f():
    global a
    global a
    a = 1
