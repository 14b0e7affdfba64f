"""Helper: imports mod_a itself, to show module caching."""
import mod_a
print('mod_b executing')
def from_a():
    return mod_a.VALUE + 1
mod_a.items.append('added by mod_b')
