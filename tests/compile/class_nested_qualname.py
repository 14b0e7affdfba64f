class Outer:
    class Inner:
        def m(self):
            def local():
                pass
            return local
    def method(self):
        class Local:
            pass
        return Local
def func():
    class K:
        def q(self):
            pass
    return K
