i = 0
while i < 10:
    i += 1
while True:
    if i > 5:
        break
    i -= 1
while a:
    if b:
        continue
    c()
else:
    d()
