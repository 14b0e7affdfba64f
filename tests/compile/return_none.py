def f():
    return
def g():
    return None
def h(x):
    if x:
        return 1
    return 2
