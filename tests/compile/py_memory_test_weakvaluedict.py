import gc
import weakref
class V:
    def __init__(self, n):
        self.n = n
cache = weakref.WeakValueDictionary()
a, b = V(1), V(2)
cache['a'] = a
cache['b'] = b
print(sorted(cache.keys()), cache['a'].n, len(cache))
del a
print('after del a:', sorted(cache.keys()), 'a' in cache, len(cache))
print(cache.get('a'), cache.get('b').n)
b = None
print('after b = None:', len(cache), list(cache.items()))
wk = weakref.WeakKeyDictionary()
k1, k2 = V(10), V(20)
wk[k1] = 'one'
wk[k2] = 'two'
print(len(wk), wk[k1])
del k1
print(len(wk), [v for v in wk.values()])
ws = weakref.WeakSet()
items = [V(i) for i in range(3)]
for it in items:
    ws.add(it)
del it
print(len(ws))
items.pop()
print(len(ws))
items.clear()
print(len(ws))
