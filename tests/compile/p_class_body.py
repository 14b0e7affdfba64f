class A:
    """doc"""
    x: int = 0
    def __init__(self):
        self.x = 1
    @property
    def p(self): return self.x
    class Inner:
        pass
