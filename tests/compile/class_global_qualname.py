def f():
    global g
    def g():
        pass
    return g
