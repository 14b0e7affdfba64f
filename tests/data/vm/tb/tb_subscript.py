def lookup(d):
    return d["missing"]

lookup({"present": 1})
