x = a b
y = 0777
