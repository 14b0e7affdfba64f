if a:
    b = 1
if a:
    b = 1
else:
    b = 2
if a:
    b = 1
elif c:
    b = 2
elif d:
    b = 3
else:
    b = 4
if not a:
    pass
if a and b:
    c()
if a or b:
    c()
