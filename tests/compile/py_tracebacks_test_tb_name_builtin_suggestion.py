items = [3, 1, 2]
prnt(len(items))
