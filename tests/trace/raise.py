# an uncaught exception ends the program: exit status 1, the trace still complete
def f(x):
    raise ValueError("bad " + x)


f("input")
