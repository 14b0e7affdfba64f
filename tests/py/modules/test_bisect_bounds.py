# bisect: lo/hi conversions (OverflowError texts, hi=-1 meaning len, negative hi), the
# sequence protocol's messages (dict is not a sequence), argument unpacking messages, and
# lo/hi checked before insort calls key(x).
import bisect

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2, 3, 5, 8]
show('hi-1', lambda: bisect.bisect(a, 100, 0, -1))
show('hi-5', lambda: bisect.bisect(a, 100, 0, -5))
show('hibig', lambda: bisect.bisect(a, 1, 0, 10**30))
show('lobig', lambda: bisect.bisect(a, 1, 10**30))
show('loneg', lambda: bisect.bisect(a, 1, -10**30))
show('lofloat', lambda: bisect.bisect_left(a, 1, 1.0))
show('hifloat', lambda: bisect.bisect_left(a, 1, 0, 2.5))
show('histr', lambda: bisect.bisect_left(a, 1, 0, 'x'))
show('hitoolong', lambda: bisect.bisect_left(a, 1, 0, 1000))
show('dict', lambda: bisect.bisect({0: 1, 1: 2}, 1))
show('dicthi', lambda: bisect.bisect({0: 1, 1: 2}, 1, 0, 2))
class D(dict): pass
show('dictsub', lambda: bisect.bisect(D({0: 1, 1: 2}), 1))
show('none', lambda: bisect.bisect(None, 1))
show('nonehi', lambda: bisect.bisect(None, 1, 0, 3))
show('int', lambda: bisect.insort(5, 1, 0, 2))
show('tuple', lambda: bisect.insort((1, 2), 1))
show('str', lambda: bisect.bisect_left('acegk', 'd'))
show('range', lambda: bisect.bisect_left(range(0, 20, 3), 7))
show('insortkey', lambda: bisect.insort([1, 2], None, 'x', key=lambda v: -v))
show('insortkey2', lambda: bisect.insort_left([1, 2], None, 0, 1.5, key=abs))
for args, kw in (((), {}), (([1],), {}), (([1], 1, 0, 1, 2), {}), (([1], 1), {'x': 1}),
                 (([1], 1), {'a': 1}), (([1], 1, 0, 1, 2, 3), {}),
                 (([1], 1), {'lo': 0, 'hi': 1, 'key': None, 'zz': 1}), ((), {'x': 1}),
                 (([1], 1), {'zz': 1}), ((), {'a': [1, 2], 'x': 2, 'lo': 1})):
    show('args%d%s' % (len(args), sorted(kw)), lambda: bisect.bisect(*args, **kw))
    show('iargs%d%s' % (len(args), sorted(kw)), lambda: bisect.insort_left(*args, **kw))
