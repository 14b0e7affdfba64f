def f(x):
    assert x
    assert not x, "no"
    assert x and y
    assert x or y, (x, y)
