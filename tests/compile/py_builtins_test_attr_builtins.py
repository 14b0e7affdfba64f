class C:
    cls_attr = 'c'
    def __init__(self):
        self.x = 1
c = C()
print(getattr(c, 'x'), getattr(c, 'cls_attr'), getattr(c, 'nope', 'default'), getattr(C, 'cls_attr'))
setattr(c, 'y', 2)
setattr(C, 'new_cls', 'nc')
print(c.y, c.new_cls, hasattr(c, 'y'), hasattr(c, 'zz'), hasattr(C, 'x'))
delattr(c, 'y')
print(hasattr(c, 'y'))
try:
    getattr(c, 'nope')
except AttributeError as e:
    print(e)
try:
    delattr(c, 'nope')
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
try:
    setattr(1, 'x', 2)
except AttributeError as e:
    print(e)
print(getattr([], 'append').__name__, getattr(1, 'real'), getattr('s', 'upper')())
class Raises:
    @property
    def p(self):
        raise ValueError('inside property')
try:
    hasattr(Raises(), 'p')
except ValueError as e:
    print('hasattr propagated', e)
setattr(c, 'with space', 1)
print(getattr(c, 'with space'), sorted(vars(c)))
