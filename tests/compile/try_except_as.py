def f(a):
    try:
        x = a
    except E as e:
        y = 2
    return x
