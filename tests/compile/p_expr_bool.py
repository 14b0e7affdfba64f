a and b
a or b
a and b and c
a or b and c or d
not a
not not a
not a and not b
