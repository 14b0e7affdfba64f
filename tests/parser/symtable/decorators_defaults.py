@dec
def f(a=default, *, b=kwdef):
    pass
@cls_dec(arg)
class C(Base, metaclass=M):
    pass
