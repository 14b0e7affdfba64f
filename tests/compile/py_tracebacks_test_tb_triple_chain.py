def step1():
    raise KeyError('one')
def step2():
    try:
        step1()
    except KeyError as e:
        raise ValueError('two') from e
try:
    step2()
except ValueError:
    raise TypeError('three')
