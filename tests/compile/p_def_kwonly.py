def f(*, a, b=1, c):
    pass
def g(*args, a=1):
    pass
