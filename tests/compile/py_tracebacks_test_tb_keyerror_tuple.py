coords = {(0, 0): 'origin'}
print(coords[(0, 0)])
print(coords[(1, 2)])
