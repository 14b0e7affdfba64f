# aiter/anext argument checks and dispatch to __aiter__/__anext__ (no event loop needed)
class NotAsync:
    pass


class BadAiter:
    def __aiter__(self):
        return 42


class Ticker:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        self.n += 1
        return ('awaitable', self.n)


for args in [(1,), ('abc',), (NotAsync(),), ([],)]:
    try:
        aiter(*args)
    except TypeError as e:
        print('aiter TypeError', e)
for args in [(1,), ('abc',), (NotAsync(),), (iter([]),)]:
    try:
        anext(*args)
    except TypeError as e:
        print('anext TypeError', e)
try:
    aiter(BadAiter())
except TypeError as e:
    print('aiter TypeError', e)
for args in [(), (1, 2, 3)]:
    try:
        anext(*args)
    except TypeError as e:
        print('anext TypeError', e)
try:
    aiter()
except TypeError as e:
    print('aiter TypeError', e)

t = Ticker()
print(aiter(t) is t)
print(anext(t))
print(anext(t))
print(t.n)
print(aiter.__name__, anext.__name__, breakpoint.__name__)
