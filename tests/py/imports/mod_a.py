"""Helper module for import tests (not a test itself)."""
print('mod_a executing, __name__ =', __name__)
VALUE = 42
_private = 'hidden'
items = []
def greet(name):
    return f'hello {name} from mod_a'
class Thing:
    def __repr__(self):
        return 'mod_a.Thing()'
