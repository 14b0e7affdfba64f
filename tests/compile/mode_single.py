# mode: single
x = 1 + 2
