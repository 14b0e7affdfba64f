if a:
    x
if b:
    y
else:
    z
if c:
    pass
elif d:
    pass
elif e:
    pass
else:
    pass
