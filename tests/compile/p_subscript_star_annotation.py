def f(*args: *Ts): pass
x: tuple[*Ts]
