def gen():
    yield 1
    yield int('two')
for v in gen():
    print('got', v)
