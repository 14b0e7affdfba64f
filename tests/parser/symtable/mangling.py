class C:
    __x = 1
    def __m(self):
        self.__y = __z
        return __dunder__
    class __Inner:
        __q = 2
