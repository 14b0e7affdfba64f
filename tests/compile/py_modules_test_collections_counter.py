from collections import Counter
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.most_common()[-1], sorted(c.elements())[:6])
print(Counter([1, 2, 2, 3, 3, 3]), Counter(a=2, b=1), Counter({'x': 5}), Counter())
c.update('aaz')
print(c['a'], c['z'])
c.subtract({'a': 10})
print(c['a'], c)
print(+c, -c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, a & b, a | b, b - a)
print(a.total() if hasattr(a, 'total') else sum(a.values()), sorted(a), list(a.keys()))
d = Counter('hello world'.split() + ['hello'])
print(d.most_common(1), d)
print(Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0))
del a['a']
print(a, repr(Counter()))
wc = Counter()
for w in 'the cat and the hat and the bat'.split():
    wc[w] += 1
print(wc.most_common(3), len(wc))
