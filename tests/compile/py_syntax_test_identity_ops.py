def f():
    a = [1, 2]
    b = a
    c = [1, 2]
    print(a is b, a is c, a == c, a is not c)
    x = None
    print(x is None, x is not None)
    t = ()
    print(t is tuple(), t == ())
    e = ''
    print(e is str(), e == '')
    print(True is True, type(True) is bool)
    print(type(1) is int, type(1.0) is not int)
f()
