class C:
    count = 0
    def __init__(self):
        C.count += 1
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def name(cls):
        return cls.__name__
    @staticmethod
    def add(a, b):
        return a + b
class D(C):
    pass
print(len(C.make(3)), C.count)
print(C.name(), D.name(), D().name())
print(C.add(1, 2), C().add(3, 4), D.add(5, 6))
print(type(C.__dict__['make']).__name__, type(C.__dict__['add']).__name__)
print(C.__dict__['add'].__func__(1, 1))
sm = staticmethod(lambda: 'sm')
print(sm())
print(isinstance(C.make, type(C().name)))
print(C.make.__self__ is C, D.make.__self__ is D)
