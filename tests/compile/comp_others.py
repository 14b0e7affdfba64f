a = {x for x in y}
b = {k: v for k, v in items}
c = (x for x in y)
d = sum(x for x in y)
