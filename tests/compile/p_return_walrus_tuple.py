def f():
    return (x := 1), x
