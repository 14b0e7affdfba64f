def factory(n):
    class Local:
        val = n
        def get(self):
            return self.val * 2
    return Local
A = factory(1)
B = factory(2)
print(A().get(), B().get(), A is B, A.__name__, A.__qualname__)
def make_counter_class():
    total = 0
    class K:
        def inc(self):
            nonlocal total
            total += 1
            return total
    return K
K = make_counter_class()
k1, k2 = K(), K()
print(k1.inc(), k2.inc(), k1.inc())
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__)
