# enum details found by differential testing against CPython 3.11
import enum, warnings

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
class IF(enum.IntFlag):
    A = 1
    B = 2
    C = 4

# membership of a non-member: TypeError plus a DeprecationWarning in 3.11
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    show('1 in Color', lambda: 1 in Color)
    show("'RED' in Perm", lambda: 'RED' in Perm)
    show('Color.RED in Color', lambda: Color.RED in Color)
    show('Perm.R in Color', lambda: Perm.R in Color)
print([(w.category.__name__, str(w.message).splitlines()[0]) for w in caught])

# negative values and bits without a member
for v in (-1, -2, -8, -9, -100, 8, 9, 15, 24):
    show('IF(%d)' % v, lambda: (IF(v), IF(v).value, IF(v).name))
show('IF(-1) is IF(7)', lambda: IF(-1) is IF(7))
show('Perm(-1)', lambda: Perm(-1))
show('Perm(-3)', lambda: Perm(-3))
show('~IF(8)', lambda: ~IF(8))

# invalid member names and _order_
def make(base, body):
    ns = {'enum': enum}
    exec('class E(enum.%s):\n %s\n' % (base, body), ns)
    return list(ns['E'])
for base in ('Enum', 'Flag'):
    for body in ['mro = 1', "A = 1\n B = 2\n _order_ = 'B A'", "A = 1\n B = 2\n _order_ = 'A, B'",
                 "A = 1\n B = 1\n _order_ = 'A'", "A = 1\n B = 1\n _order_ = 'A B'",
                 "A = 1\n B = 2\n AB = 3\n _order_ = 'A B'", "A = 1\n B = 2\n AB = 3\n _order_ = 'A B AB'"]:
        show('%s %r' % (base, body), lambda: make(base, body))
show('functional mro', lambda: list(enum.Enum('E', 'A mro')))

# auto() after values it cannot sort or add to
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    show('auto after str', lambda: make('Enum', "A = 'x'\n B = enum.auto()"))
    show('auto after descending', lambda: make('Enum', "A = 5\n B = 2\n C = enum.auto()"))
    show('auto mixed', lambda: make('Enum', "A = 1.5\n B = enum.auto()\n C = 'q'\n D = enum.auto()"))
    show('auto ascending', lambda: make('Enum', "A = 1\n B = 3\n C = enum.auto()"))
print([(w.category.__name__, str(w.message).splitlines()[0]) for w in caught])
