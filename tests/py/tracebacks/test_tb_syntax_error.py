print('this line is never executed')
x = (1 +
y = 2
