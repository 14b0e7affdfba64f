def f():
    try:
        g()
    except* (KeyError, IndexError) as eg:
        h(eg)
    finally:
        k()
