# x = x + 1 makes a new int object (ints are immutable); y = x shares it
x = 1000
x = x + 1
y = x
