def lazy():
    import mod_a
    return mod_a.VALUE
print('mod_a' in dir())
print(lazy(), 'mod_a' in dir())
def lazy_from():
    from mod_all import shared
    return shared
print(lazy_from())
import sys
print('mod_a' in sys.modules, 'mod_all' in sys.modules)
def star_in_func():
    return 'star import only at module level'
print(star_in_func())
