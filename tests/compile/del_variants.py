del a
del a.b, c[1], d[1:2]
del (e, f), [g, h]
def k():
    x = 1
    del x
    global q
    del q
