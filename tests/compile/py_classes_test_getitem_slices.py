class S:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ('slice', k.start, k.stop, k.step)
        if isinstance(k, tuple):
            return ('tuple', k)
        return ('index', k)
s = S()
print(s[1], s[-1], s['key'])
print(s[1:2], s[:], s[::3], s[1:2:3], s[None:None])
print(s[1, 2], s[1:2, 3], s[..., None])
print(s[slice(5)], s[()], s[(1,)])
class L(list):
    def __getitem__(self, k):
        r = super().__getitem__(k)
        return L(r) if isinstance(k, slice) else r
l = L(range(10))
print(type(l[2:4]).__name__, l[2:4], l[3])
