def f(a, b):
    return a * 2 + b ** 2 - a // b
f(3, 0)
