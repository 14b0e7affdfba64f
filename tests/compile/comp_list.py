a = [x for x in y]
b = [x * 2 for x in y if x]
c = [(x, z) for x in y for z in x]
d = [x for x in y if x if not x]
