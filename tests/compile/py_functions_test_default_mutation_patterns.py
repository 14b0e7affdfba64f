def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
first = add_item('a')
second = add_item('b')
print(first, second, first is second, add_item.__defaults__)
def safe_add(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket
print(safe_add('a'), safe_add('b'))
def counter(_cache={'n': 0}):
    _cache['n'] += 1
    return _cache['n']
print(counter(), counter(), counter())
def kw_default(*, opts={}):
    opts.setdefault('calls', 0)
    opts['calls'] += 1
    return opts
print(kw_default(), kw_default(), kw_default.__kwdefaults__)
add_item.__defaults__ = ([],)
print(add_item('fresh'))
