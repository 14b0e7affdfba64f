a = 'global'
def f1():
    a = 'f1'
    def f2():
        def f3():
            return a
        return f3()
    return f2()
print(f1())
def f4():
    b = 1
    def g():
        return b + 1
    b = 41
    return g()
print(f4())
def builtins_shadow():
    len = lambda x: 'shadowed'
    return len([1, 2])
print(builtins_shadow(), len([1, 2]))
def cls_scope():
    v = 'func'
    class Inner:
        v = 'class'
        def m(self):
            return v
    return Inner().m(), Inner.v
print(cls_scope())
def locals_demo(p, q=2):
    r = p + q
    return sorted(locals().items())
print(locals_demo(1))
