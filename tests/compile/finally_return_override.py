def f():
    try:
        return 1
    finally:
        return 2
def g(x):
    while True:
        try:
            if x:
                return x
        finally:
            x -= 1
