x = 1
def read():
    return x
def write():
    global x
    x = 'written'
def declare_new():
    global brand_new
    brand_new = [1]
print(read())
write()
print(read(), x)
declare_new()
print(brand_new)
def multiple():
    global a1, a2
    a1, a2 = 'one', 'two'
multiple()
print(a1, a2)
def g_del():
    global brand_new
    del brand_new
g_del()
print('brand_new' in globals())
def using_globals():
    globals()['dyn'] = 'dynamic'
using_globals()
print(dyn)
def nested():
    def inner():
        global x
        x = 'from inner'
    inner()
nested()
print(x)
