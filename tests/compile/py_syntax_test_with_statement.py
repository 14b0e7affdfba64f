class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return False
with CM('a') as v:
    print('body', v)
with CM('x') as x, CM('y') as y:
    print('body2', x, y)
with (CM('p') as p,
      CM('q') as q):
    print('paren', p, q)
with CM('noas'):
    print('no as')
try:
    with CM('err'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            break
print('i', i)
class Obj:
    pass
o = Obj()
with CM('attr') as o.val:
    pass
print(o.val)
lst = [0]
with CM('item') as lst[0]:
    pass
print(lst)
with CM('tu') as (a, b):
    print(a, b)
