def demo():
    t1 = ()
    t2 = tuple()
    t3 = tuple([])
    t4 = (1, 2)[2:]
    print('empty tuple singleton:', t1 is t2, t2 is t3, t3 is t4)
    b1 = b''
    b2 = bytes()
    b3 = b'abc'[5:]
    print('empty bytes singleton:', b1 is b2, b2 is b3)
    f1 = frozenset()
    f2 = frozenset([])
    print('empty frozenset (not a singleton in 3.11):', f1 is f2, f1 == f2)
    l1 = []
    l2 = []
    print('empty lists are distinct:', l1 is l2)
    d1 = {}
    d2 = {}
    print('empty dicts are distinct:', d1 is d2)
    print('None/True/False/Ellipsis/NotImplemented singletons:', type(None)() is None, bool(1) is True, type(...)() is ..., type(NotImplemented)() is NotImplemented)
    tup = (1, 2, 3)
    print('tuple(t) returns same tuple:', tuple(tup) is tup)
    s = 'abc'
    print('str(s) returns same str:', str(s) is s)
    fz = frozenset([1])
    print('frozenset(fz) returns same:', frozenset(fz) is fz)
    lst = [1]
    print('list(lst) is a copy:', list(lst) is lst)
    bb = b'xy'
    print('bytes(bb) returns same:', bytes(bb) is bb)
demo()
