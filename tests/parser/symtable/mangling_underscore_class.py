class _:
    __x = 1
class __B:
    __y = 1
