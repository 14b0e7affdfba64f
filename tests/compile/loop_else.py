for x in y:
    pass
else:
    z = 1
while a:
    a -= 1
else:
    b = 2
