@(lambda f: f)
def a(): pass
@x[0]
def b(): pass
@x.y.z(1)(2)
class C: pass
