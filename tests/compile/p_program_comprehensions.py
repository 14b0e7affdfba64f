matrix = [[i * j for j in range(5)] for i in range(5)]
flat = [x for row in matrix for x in row if x % 2 == 0]
squares = {x: x ** 2 for x in range(10)}
uniq = {c.lower() for c in "Hello World" if c.isalpha()}
gen = (n for n in flat if n > 3)
print(matrix, flat, squares, uniq, list(gen))
