sum(x for x n range(10))
