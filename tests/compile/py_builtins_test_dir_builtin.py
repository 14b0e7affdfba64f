class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
print([n for n in dir(c) if not n.startswith('__')])
print([n for n in dir(Child) if not n.startswith('__')])
print([n for n in dir(Base) if not n.startswith('__')])
print(dir(c) == sorted(dir(c)), '__init__' in dir(c), '__dict__' in dir(c))
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha']
print(dir(Custom()))
def f():
    local1 = 1
    local2 = 2
    return dir()
print(f())
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
print([n for n in dir('') if not n.startswith('_')])
