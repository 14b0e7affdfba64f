class Key:
    def __init__(self, k, h):
        self.k, self.h = k, h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __repr__(self):
        return f'Key({self.k})'
d = {}
for i in range(20):
    d[Key(i, i % 3)] = i
print(len(d), d[Key(7, 1)], Key(7, 1) in d, Key(7, 2) in d)
print(list(d)[:5])
for i in range(0, 20, 2):
    del d[Key(i, i % 3)]
print(len(d), list(d))
d[Key(0, 0)] = 'back'
print(list(d)[-1], d[Key(0, 0)])
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(len(big), sum(big), list(big)[:5], big.get(999), big.get(0))
print({-1: 'a', -2: 'b'}, hash(-1) == hash(-2))
s = {}
s[2 ** 61 - 1] = 'x'
s[0] = 'y'
print(s, hash(2 ** 61 - 1))
