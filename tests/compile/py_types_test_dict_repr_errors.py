d = {'a': 1}
d['self'] = d
print(d)
e = {1: [2, {3: (4, '5')}], 'k': "quote'd", 'n': None}
print(e, repr(e), str(e))
print({}, repr({}), {'': ''}, {'é': '😀'})
try:
    {}['missing key']
except KeyError as err:
    print(repr(err), str(err), err.args)
try:
    {}[('tuple', 'key')]
except KeyError as err:
    print(repr(err), str(err))
try:
    {}[None]
except KeyError as err:
    print(repr(err), str(err))
try:
    {}['']
except KeyError as err:
    print(repr(err), str(err))
class K:
    def __repr__(self):
        return 'K()'
    __hash__ = object.__hash__
try:
    {}[K()]
except KeyError as err:
    print(str(err))
f = {}
f[1] = f
g = {'a': f, 'b': [f]}
print(g)
