# gen.throw()/gen.close() pass through `yield from` to the innermost generator (CPython _gen_throw).
log = []
def inner():
    try:
        yield 'i1'
        yield 'i2'
    except KeyError as e:
        log.append(('inner caught', e.args))
        return 'inner result'
    finally:
        log.append('inner finally')
def middle():
    r = yield from inner()
    log.append(('middle got', r))
    yield 'm-after'
    return 'middle result'
def outer():
    try:
        r = yield from middle()
        log.append(('outer got', r))
    except ValueError:
        log.append('outer caught ValueError')
        yield 'o-handled'
    yield 'o-end'
g = outer()
print(next(g))
print(g.throw(KeyError('k')))
print(list(g), log)
log.clear()
g = outer()
print(next(g), next(g))
print(g.throw(ValueError), log)
log.clear()
g = outer()
next(g)
g.close()
print(log)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def wrap():
    yield from stubborn()
w = wrap()
next(w)
try:
    w.close()
except RuntimeError as e:
    print('RuntimeError', e)
def plain():
    yield from [1, 2, 3]
p = plain()
print(next(p))
try:
    p.throw(IndexError('x'))
except IndexError as e:
    print('IndexError', e)
print(list(p))
def counter():
    total = 0
    while True:
        try:
            v = yield total
        except ZeroDivisionError:
            return total
        total += v
def driver():
    result = yield from counter()
    yield ('final', result)
d = driver()
next(d)
d.send(5)
d.send(7)
print(d.throw(ZeroDivisionError))
