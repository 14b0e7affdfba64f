def f():
    with a() as x, b() as y:
        with c():
            return x + y
