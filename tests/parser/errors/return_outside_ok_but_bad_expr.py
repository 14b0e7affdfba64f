def f():
    return =
