# list.sort's exact sequence of __lt__ (and tuple __eq__) calls, pinned against CPython 3.11:
# natural runs, strictly descending runs, binary insertion, powersort merging, galloping.
log = []


class K:
    __slots__ = ('v', 't')

    def __init__(self, v, t):
        self.v = v
        self.t = t

    def __lt__(self, other):
        log.append((self.t, other.t))
        return self.v < other.v

    def __eq__(self, other):
        log.append(('eq', self.t, other.t))
        return self.v == other.v

    def __repr__(self):
        return '%d.%d' % (self.v, self.t)


def wrap(values):
    return [K(v, i) for i, v in enumerate(values)]


def digest_log():
    acc = 17
    for entry in log:
        if entry[0] == 'eq':
            a, b = entry[1] + 100000, entry[2] + 100000
        else:
            a, b = entry
        acc = (acc * 1000003 + a * 7919 + b + 1) % (1 << 61)
    return acc


def order(items):
    return [x.t for x in items]


def show(name, values, full, **kw):
    items = wrap(values)
    del log[:]
    items.sort(**kw)
    if full:
        print(name, len(log), log)
        print('  ->', order(items))
    else:
        ord_d = 0
        for t in order(items):
            ord_d = (ord_d * 31 + t) % 1000000007
        print(name, len(values), 'cmps', len(log), 'digest', digest_log(), 'order', ord_d)


def lcg(seed, n, mod):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % mod)
    return out


# small lists: every comparison printed
for n in range(0, 9):
    show('rand%d' % n, lcg(n + 1, n, 10), True)
show('asc', list(range(8)), True)
show('desc', list(range(8, 0, -1)), True)
show('desc_dups', [5, 5, 4, 4, 3, 2, 2, 1], True)
show('saw', [1, 2, 3, 0, 1, 2, 0, 5, 4, 3], True)
show('dups', [2, 1, 2, 1, 2, 1, 0, 0, 2], True)
show('allsame', [7] * 9, True)
show('small_rev', lcg(9, 10, 4), True, reverse=True)
show('small_key', lcg(10, 10, 50), True, key=lambda k: K(-k.v, k.t))

# medium lists (longer than minrun, so powersort merging and galloping happen)
pats = {
    'random300': lcg(3, 300, 1000),
    'random1000dups': lcg(4, 1000, 7),
    'asc_then_desc': list(range(200)) + list(range(200, 0, -1)),
    'interleave_blocks': [b * 40 + i if b % 2 == 0 else (b - 1) * 40 + i + 20 for b in range(10) for i in range(40)],
    'gallop_two_runs': list(range(0, 300, 3)) + list(range(150, 450)),
    'gallop_lo_hi': list(range(500, 700)) + list(range(0, 100)) + list(range(300, 400)),
    'desc_runs': [v for b in range(8) for v in range(b * 50 + 49, b * 50 - 1, -1)],
    'many_short_runs': [v for b in range(60) for v in ((b * 7) % 13, (b * 7) % 13 + 1, (b * 7) % 13 + 2)],
    'mostly_sorted': [i if i % 37 else 1000 - i for i in range(700)],
    'half_swap': list(range(350, 700)) + list(range(350)),
    'evens_odds': list(range(0, 800, 2)) + list(range(1, 800, 2)),
    'sawtooth': [i % 64 for i in range(1024)],
    'pipe_organ': list(range(300)) + list(range(300, 0, -1)) + list(range(300)),
    'gallop_dups': [0] * 100 + [1] * 100 + [0] * 100 + [1] * 50 + [0] * 70,
}
for name, vals in pats.items():
    show(name, vals, False)
    show(name + '_rev', vals, False, reverse=True)
show('medium_key', lcg(77, 600, 100), False, key=lambda k: K(k.v % 10, k.t))

# keys that are tuples holding user objects: __eq__ on the elements first, then __lt__
tups = [(K(v % 3, i), K(v, i)) for i, v in enumerate(lcg(5, 12, 6))]
del log[:]
tups.sort()
print('tuples', len(log), log)
print('  ->', [(a.t, b.t) for a, b in tups])
tups = [(K(v % 4, i), i) for i, v in enumerate(lcg(6, 200, 50))]
del log[:]
tups.sort()
print('tuples200', len(log), digest_log(), [b for a, b in tups][:20])


# an inconsistent __lt__ (answers from a fixed pseudo-random stream): the merge steps that
# only such comparisons reach, and the final permutation
class Liar:
    state = 1

    def __init__(self, t):
        self.t = t

    def __lt__(self, other):
        Liar.state = (Liar.state * 1103515245 + 12345) % 2147483648
        log.append((self.t, other.t))
        return (Liar.state >> 16) % 3 == 0


for n, seed in ((20, 1), (150, 2), (400, 3), (1000, 4)):
    Liar.state = seed
    items = [Liar(i) for i in range(n)]
    del log[:]
    items.sort()
    print('liar', n, len(log), digest_log(), [x.t for x in items][:30])


# a comparison that raises part way: the list stays a permutation (CPython's exact one)
class Boom(Exception):
    pass


class Fuse(K):
    __slots__ = ()
    left = 0

    def __lt__(self, other):
        Fuse.left -= 1
        if Fuse.left < 0:
            raise Boom()
        return self.v < other.v


base = lcg(8, 300, 120)
for limit in (0, 3, 40, 200, 700, 1500, 2200):
    items = [Fuse(v, i) for i, v in enumerate(base)]
    Fuse.left = limit
    try:
        items.sort()
        print('fuse', limit, 'done')
    except Boom:
        print('fuse', limit, 'raised')
    print('  ', [x.t for x in items][:25], sorted(x.t for x in items) == list(range(300)))
for limit in (5, 100, 900):
    items = [Fuse(v, i) for i, v in enumerate(base)]
    Fuse.left = limit
    try:
        items.sort(key=lambda k: Fuse(k.v, k.t), reverse=True)
    except Boom:
        print('fuse key', limit, [x.t for x in items][-25:])


# comparisons that change the list
class Meddler(K):
    __slots__ = ()
    target = None

    def __lt__(self, other):
        Meddler.target.append(0)
        return self.v < other.v


items = [Meddler(v, i) for i, v in enumerate(lcg(9, 50, 10))]
Meddler.target = items
try:
    items.sort()
except ValueError as e:
    print(type(e).__name__, e, len(items))


# run stacks whose final collapse merges the lower pair first, and a last run of one entry
def blocks(sizes):
    out = []
    for j, size in enumerate(sizes):
        out += sorted((i * 7 + j * 3) % 1000 for i in range(size))
    return out


for sizes in ([330, 320, 68, 333, 126], [300, 40, 500], [200, 64, 64, 700], [33, 1000]):
    show('blocks%r' % (sizes,), blocks(sizes), False)
show('tail1', list(range(100)) + [5], False)
show('tail1_desc', list(range(100, 0, -1)) + [50], False)
show('key_none', lcg(12, 40, 9), True, key=None)


# __lt__ answering NotImplemented (the reflected __gt__ is asked next) or a non-bool
class Shy(K):
    __slots__ = ()

    def __lt__(self, other):
        log.append(('lt', self.t, other.t))
        if (self.v + other.v) % 3 == 0:
            return NotImplemented
        return Truthy(self.v < other.v) if self.v % 2 else self.v < other.v

    def __gt__(self, other):
        log.append(('gt', self.t, other.t))
        return self.v > other.v


class Truthy:
    def __init__(self, flag):
        self.flag = flag

    def __bool__(self):
        log.append(('bool', self.flag))
        return self.flag


items = [Shy(v, i) for i, v in enumerate(lcg(13, 12, 20))]
del log[:]
items.sort()
print('shy', len(log), log)
print('  ->', order(items))

# keys of mixed kinds: tuples and non-tuples, long ints, a failing element __eq__
for keys in ([(1, 'a'), (0, 'b'), 2], [(2,), ()], [10 ** 20, 3, -10 ** 30, 7, 0], [(1, 2), (1, 1.5), (0, 9)]):
    try:
        print(sorted(keys))
    except TypeError as e:
        print('TypeError', e)


class BadEq(K):
    __slots__ = ()

    def __eq__(self, other):
        raise Boom('eq')


tups = [(BadEq(v, i), i) for i, v in enumerate(lcg(14, 10, 5))]
try:
    tups.sort()
except Boom as e:
    print('eq raised', e, [b for a, b in tups])

# errors raised inside galloping searches and merges, both merge directions
for name in ('gallop_two_runs', 'gallop_lo_hi', 'half_swap', 'evens_odds', 'gallop_dups'):
    vals = pats[name]
    items = wrap(vals)
    del log[:]
    items.sort()
    total = len(log)
    results = []
    for limit in range(total // 2, total + 1, max(1, total // 40)):
        items = [Fuse(v, i) for i, v in enumerate(vals)]
        Fuse.left = limit
        try:
            items.sort()
            outcome = 'ok'
        except Boom:
            outcome = 'x'
        ord_d = 0
        for t in order(items):
            ord_d = (ord_d * 31 + t) % 1000000007
        results.append('%d%s%d' % (limit, outcome, ord_d % 100000))
    print('fuse', name, total, ' '.join(results))

# a key function failing part way through a long list: nothing sorted, nothing lost
big = lcg(15, 200, 1000)
try:
    big.sort(key=lambda v: 1 / (v - big_bad))
except NameError as e:
    print('NameError', e, big[:5])
big_bad = big[150]
try:
    big.sort(key=lambda v: 1 / (v - big_bad))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, big[:5] == lcg(15, 200, 1000)[:5])


# keys of two classes (a subclass with its own __gt__ is asked first when on the right)
class KSub(K):
    __slots__ = ()

    def __gt__(self, other):
        log.append(('gt', self.t, other.t))
        return self.v > other.v


mixed = [(K if v % 3 else KSub)(v, i) for i, v in enumerate(lcg(16, 12, 9))]
del log[:]
mixed.sort()
print('mixed', len(log), log)
print('  ->', order(mixed))
mixed = [((K if v % 3 else KSub)(v, i), i) for i, v in enumerate(lcg(17, 9, 9))]
del log[:]
mixed.sort()
print('mixed tuples', len(log), log)
