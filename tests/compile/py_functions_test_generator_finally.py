log = []
def g():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                log.append(f'inner {i}')
    finally:
        log.append('outer')
for v in g():
    if v == 1:
        break
print(log)
log.clear()
it = g()
next(it)
del it
print(log)
def h():
    try:
        yield 1
    finally:
        return 'from finally'
gen = h()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print('value', e.value)
def k():
    yield 1
    yield 2
gen = k()
print(next(gen))
gen.close()
print(list(gen))
try:
    gen.throw(ValueError('after close'))
except ValueError as e:
    print('thrown into closed:', e)
def fresh():
    yield 1
gen = fresh()
try:
    gen.throw(KeyError('unstarted'))
except KeyError as e:
    print('unstarted throw', e)
print(list(gen))
