while x:
    x -= 1
else:
    done()
while 1: pass
