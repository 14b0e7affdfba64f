# mode: eval
x = 1
