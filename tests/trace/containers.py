# edges of a dict (values by key, keys that are objects), a tuple, a set, and an append
d = {"k": [1.5], (1, 2): "v"}
s = {3.5}
t = (d, s)
d["k"].append(t)
