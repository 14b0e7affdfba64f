# Method calls: self.attr reads/writes, methods with arguments, a property, super() chains.
class Counter:
    def __init__(self, start):
        self.value = start
        self.steps = 0

    def add(self, n):
        self.value = self.value + n
        self.steps += 1
        return self.value

    def scaled(self, k, offset=0):
        return self.value * k + offset

    @property
    def doubled(self):
        return self.value * 2


class Base:
    def __init__(self, x):
        self.x = x

    def weight(self, n):
        return self.x + n


class Middle(Base):
    def weight(self, n):
        return super().weight(n) + 1


class Leaf(Middle):
    def weight(self, n):
        return super().weight(n) * 2


def run(n):
    c = Counter(0)
    leaf = Leaf(3)
    total = 0
    for i in range(n):
        c.add(i & 7)
        total += c.scaled(3, 1)
        total += c.doubled
        total += leaf.weight(i & 15)
        if c.value > 1000000:
            c.value = 0
    return total + c.steps


print(run(400_000))
