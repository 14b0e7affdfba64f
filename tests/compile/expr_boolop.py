a = b and c
a = b or c
a = b and c or d
a = (b or c) and d
a = b and c and d and e
