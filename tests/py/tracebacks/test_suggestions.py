# NameError/AttributeError carry name/obj, and the traceback offers CPython 3.11's "Did you mean" suggestion.
values = [1]
counter = 0
def f():
    local_thing = 1
    return local_thng
try:
    f()
except NameError as e:
    print(e.name)
x = [1, 2]
try:
    x.apend(3)
except AttributeError as e:
    print(e.name, e.obj)
try:
    'abc'.uper()
except AttributeError as e:
    print(e.name)
print(countr)
