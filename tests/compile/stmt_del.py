a = 1
del a
del b, c
def f(x):
    y = x
    del y
    del x
