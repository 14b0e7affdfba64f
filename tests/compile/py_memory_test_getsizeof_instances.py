import sys
class Empty:
    pass
class Two:
    def __init__(self):
        self.a = 1
        self.b = 2
class Slots1:
    __slots__ = ('a',)
class Slots4:
    __slots__ = ('a', 'b', 'c', 'd')
print('instance sizes:', sys.getsizeof(Empty()), sys.getsizeof(Two()), sys.getsizeof(Slots1()), sys.getsizeof(Slots4()))
print('slot instance has a __dict__:', hasattr(Slots1(), '__dict__'))
t1, t2 = Two(), Two()
print('__dict__ of two instances of one class (shared keys):', sys.getsizeof(t1.__dict__), sys.getsizeof(t2.__dict__))
t2.extra = 3
print('after adding an attribute to one:', sys.getsizeof(t1.__dict__), sys.getsizeof(t2.__dict__))
e = Empty()
sizes = []
for i in range(12):
    setattr(e, f'attr{i}', i)
    sizes.append(sys.getsizeof(e.__dict__))
print('instance __dict__ as attributes are added:', sizes)
plain = {}
psizes = []
for i in range(12):
    plain[f'attr{i}'] = i
    psizes.append(sys.getsizeof(plain))
print('plain dict with the same keys:', psizes)
print('class object size:', sys.getsizeof(Empty) == sys.getsizeof(Two), type(Empty).__name__)
