# Seed 001, fragment 6: rebinding an immutable int.
# Added: identity comparison before/after (printed as a boolean, never the address).
x = 10
before = id(x)
x = x + 1
print(x, 'same object as before:', id(x) == before)
