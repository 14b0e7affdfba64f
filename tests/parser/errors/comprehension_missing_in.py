[y for x idata if x]
