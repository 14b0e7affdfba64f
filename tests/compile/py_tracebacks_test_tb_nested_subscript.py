matrix = [[1, 2], [3, 4]]
row, col = 1, 5
print(matrix[0][1])
print(matrix[row][col] * 2)
