# Seed 001, fragment 3: two names referring to the same object.
# Added: identity check (the notes say the refcount of 10 becomes 2; in CPython small
# ints are shared, so the absolute count is much higher -- compare identities instead).
a = 10
b = a
print('b is a:', b is a)
print(a, b)
