class K:
    def __init__(self):
        self.b = 2
        self.a = 1
k = K()
print(vars(k), k.__dict__ is vars(k))
print([n for n in dir(k) if not n.startswith('__')])
print(getattr(k, 'a'), getattr(k, 'zz', None), hasattr(k, 'b'))
setattr(k, 'c', 3)
delattr(k, 'a')
print(vars(k))
try:
    delattr(k, 'a')
except AttributeError as e:
    print(e)
try:
    getattr(k, 'nope')
except AttributeError as e:
    print(e)
try:
    vars(5)
except TypeError as e:
    print(e)
k.__dict__['direct'] = True
print(k.direct)
k.__class__ = type('Other', (), {})
print(type(k).__name__)
print(object().__class__, type(object()).__name__)
try:
    object().x = 1
except AttributeError as e:
    print(e)
