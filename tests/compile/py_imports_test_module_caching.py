import sys
import mod_b
import mod_a
print(mod_a.items, mod_b.from_a())
import mod_b
print(mod_a.items)
del sys.modules['mod_a']
import mod_a as fresh
print(fresh.items, fresh is not mod_b.mod_a)
