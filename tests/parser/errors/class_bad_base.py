class C(1 2): pass
