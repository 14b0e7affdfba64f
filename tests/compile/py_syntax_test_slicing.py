s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2], s[2:5:-1])
t = tuple(s)
print(t[1:4], t[::-1][:3])
st = 'hello world'
print(st[::-1], st[6:], st[:-6], st[::3], st[-1], st[0])
print(s[slice(1, 8, 3)], st[slice(None, None, -2)])
b = b'abcdef'
print(b[1:3], b[::-1], b[0], b[-1:])
r = range(0, 20, 3)
print(r[1:4], r[::-1], list(r[::2]))
s[2:4] = ['a', 'b', 'c']
print(s)
s[::3] = [0] * len(s[::3])
print(s)
try:
    s[::2] = [1]
except ValueError as e:
    print(e)
s[:] = []
print(s)
class Show:
    def __getitem__(self, k):
        return k
x = Show()
print(x[1:2], x[::], x[1:2, 3], x[..., 1], x[:, None])
