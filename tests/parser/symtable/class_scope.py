class C:
    x = 1
    def m(self):
        return x
    y = [x for _ in range(3)]
