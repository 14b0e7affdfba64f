prices = {'apple': 1.5, 'pear': 2.0}
order = ['apple', 'kiwi']
total = 0
for item in order:
    total += prices[item]
