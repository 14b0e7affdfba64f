café = 'coffee'
print(café)
π = 3.14159
print(π * 2)
def grüße(name):
    return 'Hallo ' + name
print(grüße('Welt'))
class Größe:
    ÄRGER = 1
print(Größe.ÄRGER, Größe.__name__)
变量 = 42
print(变量)
print('café'.isidentifier(), '1abc'.isidentifier(), '_x'.isidentifier())
ﬁ = 'ligature normalised'
print(fi)
