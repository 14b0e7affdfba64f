def g():
    x = [(yield i) for i in range(3)]
    y = (yield) + 1
