r = list(list(y for y in x) for x in rows)
s = {k: (v for v in vs) for k, vs in items}
