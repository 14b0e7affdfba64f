def f():
    try:
        return g()
    finally:
        h()
def g2():
    for i in x:
        try:
            if i:
                break
            continue
        finally:
            cleanup()
