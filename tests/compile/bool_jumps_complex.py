x = a and b or c and d
y = (a or b) and (c or d)
if a and (b or c) and not d:
    pass
z = not (a or b)
