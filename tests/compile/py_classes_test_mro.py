class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
def names(c):
    return [k.__name__ for k in c.__mro__]
print(names(Z))
print(names(K1), names(K2), names(K3))
class X: pass
class Y: pass
try:
    class Bad(X, Y, X): pass
except TypeError as e:
    print(e)
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Conflict(P1, P2): pass
except TypeError as e:
    print(e)
print(names(bool), names(type), Z.mro() == list(Z.__mro__))
class Dm(A, B): pass
class Dm2(Dm, B): pass
print(names(Dm2))
try:
    class Dup(A, A): pass
except TypeError as e:
    print(e)
