class Acc:
    def __init__(self):
        self.log = []
    def __iadd__(self, o):
        self.log.append(('iadd', o)); return self
    def __isub__(self, o):
        self.log.append(('isub', o)); return self
    def __imul__(self, o):
        self.log.append(('imul', o)); return self
    def __imatmul__(self, o):
        self.log.append(('imatmul', o)); return self
    def __itruediv__(self, o):
        self.log.append(('itruediv', o)); return self
    def __ifloordiv__(self, o):
        self.log.append(('ifloordiv', o)); return self
    def __imod__(self, o):
        self.log.append(('imod', o)); return self
    def __ipow__(self, o):
        self.log.append(('ipow', o)); return self
    def __ilshift__(self, o):
        self.log.append(('ilshift', o)); return self
    def __irshift__(self, o):
        self.log.append(('irshift', o)); return self
    def __iand__(self, o):
        self.log.append(('iand', o)); return self
    def __ior__(self, o):
        self.log.append(('ior', o)); return self
    def __ixor__(self, o):
        self.log.append(('ixor', o)); return self
a = Acc()
orig = a
a += 1; a -= 2; a *= 3; a @= 4; a /= 5; a //= 6; a %= 7; a **= 8
a <<= 9; a >>= 10; a &= 11; a |= 12; a ^= 13
print(a.log)
print(a is orig)
class Fallback:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Fallback(self.v + o)
f = Fallback(1)
g = f
f += 10
print(f.v, g.v, f is g)
class Weird:
    def __iadd__(self, o):
        return 'replaced'
w = Weird()
w += 1
print(w)
class NoI:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return 'fell back to add'
n = NoI()
n += 1
print(n)
