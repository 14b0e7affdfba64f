class C:
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @staticmethod
    def s(a, b=1):
        return a + b
    @classmethod
    def c(cls):
        return cls()
