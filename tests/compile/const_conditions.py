if True:
    a()
if False:
    b()
while 1:
    c()
    if d:
        break
x = 1 if True else 2
