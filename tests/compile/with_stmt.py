with open(f) as fh:
    data = fh.read()
with a, b as c:
    pass
with a:
    pass
