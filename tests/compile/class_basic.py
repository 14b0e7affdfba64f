class A:
    pass

class B(A):
    """Doc."""
    x = 1
    def m(self):
        return self.x

class C(A, metaclass=M):
    def __init__(self, v):
        self.v = v
