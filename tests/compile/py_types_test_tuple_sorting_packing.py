people = [('bob', 25, 'ny'), ('alice', 30, 'la'), ('carol', 25, 'sf'), ('dave', 30, 'ny')]
print(sorted(people), sorted(people, key=lambda p: (p[1], p[0])), sorted(people, key=lambda p: (-p[1], p[2])))
t = 1, 2, 3
print(t, type(t).__name__)
single = 'only',
print(single, len(single))
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
def pair():
    return 'x', 'y'
p, q = pair()
print(p, q, pair())
print(tuple(zip(*[(1, 2), (3, 4), (5, 6)])), tuple(enumerate('ab')), max((1, 'b'), (1, 'a')))
print((1, 2, 3)[::-1], (1, 2) + (), () + (), (0,) * 3, ((1, 2),) * 2, (1, [2]) == (1, [2]))
print(hash((1, 2, 3)) == hash(tuple([1, 2, 3])), (1, 2).__len__(), (1, 2, 2).count(2), (3, 4).index(4))
