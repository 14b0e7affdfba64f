sq = {n: n * n for n in range(6)}
print(sq, {v: k for k, v in sq.items()}, {k: v for k, v in sq.items() if k % 2})
inv = {}
for k, v in {'a': 1, 'b': 2, 'c': 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
words = 'the quick the lazy the end quick'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq, sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {'a': {'x': 1}, 'b': {'y': 2}}
print({k: list(v) for k, v in nested.items()}, {(k, kk): vv for k, v in nested.items() for kk, vv in v.items()})
d = dict.fromkeys(range(5), 0)
for k in list(d):
    if k % 2:
        del d[k]
print(d, len(d), list(d.values()))
print({**{'a': 1}, **dict(b=2)}, dict({'a': 1}, **{'a': 5}), dict([('a', 1), ('a', 2)]))
