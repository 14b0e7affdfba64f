# OrderedDict (order rules, views, ==, move_to_end, popitem, |, repr, getsizeof) and defaultdict details.
import sys
import gc
from collections import OrderedDict, defaultdict


def err(f, *a):
    try:
        print("ok", f(*a))
    except Exception as e:
        print(type(e).__name__ + ":", repr(e))


O = OrderedDict
err(lambda: O().popitem())
err(lambda: O().move_to_end('x'))
err(lambda: O(a=1).popitem(1, 2))
err(lambda: O(a=1).move_to_end())
o = O(a=1)
o['self'] = o
print(o)
print(repr(O()), O(a=1).values(), O(a=1).keys(), O(a=1).items(), type(O(a=1).keys()).__name__)
print(O(a=1) | {'b': 2}, {'b': 2} | O(a=1), type({'b': 2} | O(a=1)).__name__, type(O.fromkeys('ab')).__name__)
for n in (0, 1, 5, 6, 10, 20):
    print(n, sys.getsizeof(O((i, i) for i in range(n))))
p = O.fromkeys('abcde', 0)
p.move_to_end('c')
p.move_to_end('a', last=False)
p.move_to_end('e', False)
p.move_to_end('d', True)
print(list(p), p.popitem(last=False), p.popitem(True), list(p))
p['z'] = 1
p['e'] = 9
del p['a']
p['a'] = 2
print(p, list(reversed(p)), list(reversed(p.items())), list(p.values()))
print(O(a=1, b=2) == O(b=2, a=1), O(a=1, b=2) != O(b=2, a=1), O(a=1, b=2) == O(a=1, b=2), O(a=1) == dict(a=1),
      O(a=1) != O(a=2), O() == O())
print('a' in p.keys(), ('a', 2) in p.items(), 2 in p.values(), p.keys() & {'a', 'q'}, len(p.items()))
q = O()
q |= {'x': 1}
q |= [('y', 2)]
print(q, q.copy(), q.copy() == q, type(q.copy()).__name__, q.get('x'), q.setdefault('w', 0), q)
q.clear()
print(q, len(q), O([('k', [1, 2])]), O(O(a=1)), O({'b': 1, 'a': 2}))
print(O.__name__, O.__module__, isinstance(O(), dict), gc.is_tracked(O()))
# defaultdict
d = defaultdict(list, {'a': [1]}, b=[2])
d['c'].append(3)
print(d, d.default_factory, len(d), sys.getsizeof(defaultdict(int)), sys.getsizeof(defaultdict(int, a=1)))
err(lambda: defaultdict(5))
err(lambda: defaultdict(None)['x'])
err(lambda: defaultdict(int) | 5)
print({'z': 1} | defaultdict(int, a=1), type({'z': 1} | defaultdict(int)).__name__)
e = defaultdict(int)
e |= {'q': 1}
print(e, e.copy(), e.__copy__().default_factory, defaultdict().default_factory)
e.default_factory = str
print(e['new'] == '', e)
r = defaultdict(list)
r['me'] = r
print(r)
f = defaultdict(lambda: f)
print(repr(f)[:24])
print(defaultdict.__name__, defaultdict.__module__, gc.is_tracked(defaultdict()), e.get('nope'), 'nope' in e)
print(defaultdict(int, [(1, 2)]), defaultdict(None, x=1) == {'x': 1}, e.pop('q'), e.setdefault('s', 7))
from collections import Counter, deque
gc.collect()
o = O(a=1)
o['me'] = o
c = Counter()
c['me'] = c
dd = defaultdict(list)
dd['me'] = dd
dq = deque([1])
dq.append(dq)
print(gc.is_tracked(o), gc.is_tracked(c), gc.is_tracked(dd), gc.is_tracked(dq))
del o, c, dd, dq
print(gc.collect())
from collections import deque
print(type(iter(deque())), type(reversed(deque())), type(O().values()), type(O().items()))
