class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, also ' + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
p = Puppy('rex', 1)
print(p.speak(), p.kind(), p.age)
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(Puppy.__bases__, Puppy.__base__)
print([c.__name__ for c in Puppy.__mro__])
print(Dog.__subclasses__(), Animal.__subclasses__())
print(issubclass(Dog, (int, Animal)), isinstance(3, (str, int)), isinstance(3, ()))
print(issubclass(bool, int), issubclass(int, object), isinstance(type, object), isinstance(object, type))
class Base:
    def hook(self):
        return 'base hook'
    def template(self):
        return 'template->' + self.hook()
class Sub(Base):
    def hook(self):
        return 'sub hook'
print(Sub().template(), Base().template())
try:
    issubclass(p, Animal)
except TypeError as e:
    print(e)
try:
    isinstance(p, 'Animal')
except TypeError as e:
    print(e)
