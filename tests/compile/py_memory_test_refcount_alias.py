import sys
def demo():
    a = [1, 2, 3]
    base = sys.getrefcount(a)
    print('fresh list, extra refs beyond base:', sys.getrefcount(a) - base)
    b = a
    print('after b = a:', sys.getrefcount(a) - base)
    c = a
    print('after c = a:', sys.getrefcount(a) - base)
    del b
    print('after del b:', sys.getrefcount(a) - base)
    c = None
    print('after c = None:', sys.getrefcount(a) - base)
    print('a is still usable:', a)
demo()
def obj_demo():
    class Box:
        pass
    x = Box()
    base = sys.getrefcount(x)
    y = x
    z = x
    print('instance with two aliases:', sys.getrefcount(x) - base)
    del y, z
    print('after del both:', sys.getrefcount(x) - base)
obj_demo()
