# collections.ChainMap: lookups through maps, writes to maps[0], len/iter/==, |, new_child/parents/copy, errors, repr, getsizeof.
from collections import ChainMap as C
import sys
c = C({'a':1},{'b':2,'a':3})
print(c, len(c), list(c), sys.getsizeof(c), C(), bool(C()), bool(C({})), bool(C({},{'x':1})))
print(sorted(c.keys()), sorted(c.items()), sorted(c.values()), dict(c), list(c.items()))
def delb():
    del c['b']


for f in (lambda: c['z'], lambda: c.pop('z'), lambda: C().popitem(), delb, lambda: c | 5, lambda: 5 | c, lambda: C(5)['a'], lambda: hash(c), lambda: c < c):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d = C({'a':1}); d.maps.append(d); print(d)
print(c == {'a':1,'b':2}, c == C({'b':2}, {'a':1}), c != {}, {'a':1,'b':2} == c, c | {'q':1}, {'q':1} | c, type({'q':1} | c))
c |= {'w': 0}; print(c, c.get('a'), c.get('zz', 5), 'b' in c, c.setdefault('b', 9), c.setdefault('n', 9), c)
c.update({'u': 1}, v=2); c.update([('t', 3)]); print(c.maps[0], c.pop('u'), c.pop('zz', 'dflt'), c.popitem())
print(C.fromkeys('ab'), C.fromkeys('ab', 0), c.new_child(), c.new_child({'x': 1}, y=2).maps[0], c.new_child(y=5).maps[0], c.parents, c.copy(), c.copy().maps[0] is c.maps[0], c.copy().maps[1] is c.maps[1])
c.clear(); print(c, C({'a':1}).parents, type(c.parents), C.__module__, C)
from collections import defaultdict
dd = C(defaultdict(int), {'k': 5})
print(dd['k'], dd['missing'], dd.maps[0], 'k' in dd, len(dd))
import gc
x = C({}); x.maps[0]['me'] = x; del x; print(gc.collect())
