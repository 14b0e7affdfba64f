class A:
    def get_class(self):
        return __class__
    def sup(self):
        return super().__repr__ is not None
class B(A):
    pass
print(A().get_class().__name__, B().get_class().__name__, B().sup())
class C:
    def m(self):
        return __class__.__name__
print(C().m())
def standalone(self):
    return super(type(self), self).__class__.__name__
C.s = standalone
print(C().s())
