def f():
    try:
        return 1
    finally:
        print("x")
def g():
    for i in r:
        try:
            return i
        finally:
            continue
