@dec
def f(): pass
@dec.attr
@dec(1, 2)
@a[0].b
def g(): pass
@x := y
def h(): pass
