class A(*bases, metaclass=M, **kw):
    pass
class B(Base, x=1):
    f = lambda self: self
    g = [v for v in range(3)]
    h = (lambda: B)
