def f():
    try:
        try:
            a()
        except E1:
            b()
        finally:
            c()
    except E2 as e:
        d(e)
    else:
        return 1
    finally:
        g()
