@dec
def f():
    pass

@dec1
@dec2(arg)
def g(x):
    return x

@a.b
class C:
    pass
