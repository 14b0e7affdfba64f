# enum.property: members named like properties, class attribute errors, _numeric_repr_
import enum

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, repr(e))

def make(body):
    ns = {'enum': enum}
    exec('class E(enum.Enum):\n ' + body + '\n', ns)
    E = ns['E']
    return [(m.name, m.value) for m in E], sorted(E.__members__), [repr(m) for m in E]

for body in ['A = 1\n name = 2', 'A = 1\n value = 3', 'name = 1\n value = 2',
             '@enum.property\n def x(self): return 5\n A = 1',
             '@enum.property\n def x(self): return self.value * 2\n x2 = 1']:
    show(body.replace('\n', ';'), lambda: make(body))

class E(enum.Enum):
    name = 1
    value = 2
    A = 3
    @enum.property
    def big(self):
        'ten times the value'
        return self._value_ * 10

print(E.name, E.value, E.A.name, E.A.value, E.name.name, E.value.value, E.A.big)
show('E.big', lambda: E.big)
show('set big', lambda: setattr(E.A, 'big', 1))
show('del big', lambda: delattr(E.A, 'big'))
show('dir', lambda: dir(E.A))
show('doc', lambda: E.__dict__['big'].__doc__)
show('prop type', lambda: type(enum.Enum.__dict__['name']).__name__)
show('missing attr', lambda: E.NOPE)
show('missing dunder', lambda: E.__nope__)
show('missing sunder', lambda: E._nope_)
show('hasattr', lambda: (hasattr(E, 'A'), hasattr(E, 'B')))
show('numeric_repr', lambda: enum.Flag._numeric_repr_ is repr)

class Hexy(enum.IntFlag):
    _numeric_repr_ = hex
    A = 1
    B = 2
show('Hexy(19)', lambda: Hexy(19))
show('Hexy(-1)', lambda: Hexy(-1))

# IntEnum/IntFlag format errors name the enum's own type
class Num(enum.IntEnum):
    ONE = 1
for spec in ('', 'd', '>4', 's', 'x'):
    show('format Num %r' % spec, lambda: format(Num.ONE, spec))
    show('format Hexy %r' % spec, lambda: format(Hexy.A | Hexy.B, spec))
