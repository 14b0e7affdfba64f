def f():
    return 1, 2
def g():
    return (1, "a", None, True)
def h(x):
    return x, 1
