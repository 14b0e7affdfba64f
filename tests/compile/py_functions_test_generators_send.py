def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = acc()
print(next(g))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('final', e.value)
g = acc()
try:
    g.send(1)
except TypeError as e:
    print(e)
def echo():
    r = None
    while True:
        r = yield r
g = echo()
next(g)
print(g.send('x'), g.send([1]))
def catcher():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print('caught inside', e)
            yield 'handled'
g = catcher()
print(next(g))
print(g.throw(ValueError('v1')))
print(next(g))
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
try:
    next(g)
except StopIteration:
    print('generator finished after throw')
def closer():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
g = closer()
next(g)
g.close()
g.close()
print('closed')
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 'again'
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
def gen_exit():
    try:
        yield
    except GeneratorExit:
        print('got GeneratorExit')
        raise
g = gen_exit(); next(g); g.close()
