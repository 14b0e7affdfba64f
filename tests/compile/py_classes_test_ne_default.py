class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('__eq__ called')
        return self.v == o.v
print(E(1) != E(1), E(1) != E(2))
class N:
    def __ne__(self, o):
        return 'custom ne'
print(N() != N(), N() == N())
class G:
    def __lt__(self, o):
        return 'lt'
print(G() > G(), G() < G())
try:
    G() >= G()
except TypeError as e:
    print(e)
