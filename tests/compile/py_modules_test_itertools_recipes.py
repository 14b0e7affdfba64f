import itertools as it
def take(n, iterable):
    return list(it.islice(iterable, n))
def flatten(list_of_lists):
    return it.chain.from_iterable(list_of_lists)
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for n in nexts:
                yield n()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))
def unique_everseen(iterable):
    seen = set()
    for el in it.filterfalse(seen.__contains__, iterable):
        seen.add(el)
        yield el
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
print(take(5, it.count(3, 3)), list(flatten([[1, 2], [3], []])))
print(list(grouper('ABCDEFG', 3, 'x')), list(roundrobin('ABC', 'D', 'EF')))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(powerset([1, 2, 3])))
print(list(it.accumulate(it.repeat(1, 5))), sum(1 for _ in it.combinations(range(20), 3)))
running = list(it.accumulate([5, -2, 7, -10, 4], lambda a, b: max(a + b, 0)))
print(running)
print(list(it.starmap(lambda a, b: a * b, zip(range(5), it.count(10)))))
print([''.join(p) for p in it.product('01', repeat=3)])
