# b = a binds a second name to the same list: its refcount rises by one; del b undoes it
a = [1.5, 2.5]
b = a
del b
