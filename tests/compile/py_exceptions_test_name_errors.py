try:
    print(undefined_variable)
except NameError as e:
    print(type(e).__name__, e, e.name)
def f():
    return also_undefined
try:
    f()
except NameError as e:
    print(e)
def g():
    print(local_later)
    local_later = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    x = 1
    del x
    return x
try:
    h()
except UnboundLocalError as e:
    print(e)
def outer():
    def inner():
        return free_var
    try:
        inner()
    except NameError as e:
        print('free variable:', e)
    free_var = 1
outer()
class K:
    try:
        undefined_in_class
    except NameError as e:
        msg = str(e)
print(K.msg)
try:
    del never_defined
except NameError as e:
    print(e)
