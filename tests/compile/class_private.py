class A:
    __x = 1
    def __m(self):
        return self.__x
    def get(self):
        return self.__m()
