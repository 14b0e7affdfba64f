def gen():
    yield 1
    raise ValueError('in gen')
g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
try:
    next(g)
except StopIteration:
    print('exhausted after error')
def handler():
    try:
        yield 'a'
    except KeyError as e:
        yield f'handled {e}'
    yield 'b'
h = handler()
print(next(h), h.throw(KeyError('kk')), next(h))
def gen_cleanup():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('finally')
g = gen_cleanup()
next(g)
g.close()
def throw_type():
    try:
        yield
    except Exception as e:
        print('type thrown', type(e).__name__, e.args)
        yield 'ok'
g = throw_type()
next(g)
print(g.throw(TypeError))
def deep():
    yield from (x for x in [1])
    raise RuntimeError('after delegation')
try:
    list(deep())
except RuntimeError as e:
    print(e)
def stop_iter_leak():
    yield next(iter([]))
try:
    list(stop_iter_leak())
except RuntimeError as e:
    print(e, '| cause:', type(e.__cause__).__name__)
