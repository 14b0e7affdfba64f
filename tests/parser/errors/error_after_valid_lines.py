def f():
    return 1

class C:
    x = (1,
         2]
