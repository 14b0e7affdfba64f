import sys
def f():
    return 'hello world'
def g():
    return 'hello world'
print('equal constants in one module are shared:', f() is g())
def h():
    return 'not_an_identifier but shared'
s = 'not_an_identifier but shared'
print('module-level and function constant:', h() is s)
built = ' '.join(['hello', 'world'])
print('runtime string is a distinct object:', built is f(), built == f())
print('interning maps it to the constant:', sys.intern(built) is sys.intern(f()))
def tup():
    return (1, 2, 3)
print('constant tuple returned twice is the same object:', tup() is tup())
def lst():
    return [1, 2, 3]
print('list display builds a new list each call:', lst() is lst())
def big():
    return 10 ** 20
print('folded constant 10 ** 20 shared across calls:', big() is big())
def runtime_big(n):
    return 10 ** n
print('computed at run time, new each call:', runtime_big(20) is runtime_big(20))
def fl():
    return 2.5
print('float constant shared across calls:', fl() is fl())
