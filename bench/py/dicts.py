# Dict work: inserts, lookups, updates and iteration over str and int keys.
d = {}
for i in range(300_000):
    d["k" + str(i % 5000)] = i
    d[i % 7000] = i
total = 0
for k in range(7000):
    total += d.get(k, 0)
for key, value in d.items():
    if isinstance(key, str):
        total += value
print(total)
