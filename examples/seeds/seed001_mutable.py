# Seed 001, fragment 7: mutating a list in place.
# Added: identity comparison before/after (printed as a boolean, never the address).
lst = [1, 2]
before = id(lst)
lst.append(3)
print(lst, 'same object as before:', id(lst) == before)
