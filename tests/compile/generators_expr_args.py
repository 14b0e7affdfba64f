s = sum(x * x for x in range(10))
t = tuple(y for y in data if y)
m = max((len(w) for w in words), default=0)
