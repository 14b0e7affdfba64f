if x is None:
    a()
if x is not None:
    b()
if not x is None:
    c()
y = x is None
