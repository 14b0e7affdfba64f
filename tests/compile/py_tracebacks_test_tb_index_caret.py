data = [1, 2, 3]
idx = 7
print('start')
value = data[idx] + data[0]
