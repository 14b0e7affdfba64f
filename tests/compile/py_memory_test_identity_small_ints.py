def demo():
    a = 256
    b = 256
    print('256 is 256 (cached):', a is b)
    c = 255
    c += 1
    print('computed 256 is cached 256:', c is a)
    x = 257
    y = 256
    y += 1
    print('computed 257 is literal 257:', x is y, '| equal:', x == y)
    lo = -5
    lo2 = -4
    lo2 -= 1
    print('-5 cached:', lo is lo2)
    m = -6
    m2 = -5
    m2 -= 1
    print('-6 not cached:', m is m2, m == m2)
    results = []
    for v in range(-7, 260):
        w = v + 0
        z = int(str(v))
        results.append(w is z)
    first_true = results.index(True) - 7
    last_true = len(results) - 1 - results[::-1].index(True) - 7
    print('cached range from int(str(v)):', first_true, 'to', last_true, '| count:', sum(results))
    big1 = 10 ** int('20')
    big2 = 10 ** int('20')
    print('big ints computed twice:', big1 is big2, big1 == big2)
    print('bools are singletons:', (1 == 1) is True, bool(5) is True, (not 1) is False)
demo()
