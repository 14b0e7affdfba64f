def make():
    x = 10
    class C:
        y = x
        def m(self):
            return x
    return C
