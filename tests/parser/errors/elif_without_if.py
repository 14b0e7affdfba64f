x = 1
elif y:
    pass
