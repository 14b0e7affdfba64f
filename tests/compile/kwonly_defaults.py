def f(a, *, b=1, c, d=2):
    return a, b, c, d
def g(*, __x=1):
    return __x
class C:
    def m(self, *, __y=2):
        return __y
