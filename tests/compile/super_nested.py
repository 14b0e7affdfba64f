class A(B):
    def m(self):
        def inner():
            return super(A, self).m()
        return inner()
    def n(self):
        return [super().n() for _ in range(2)]
