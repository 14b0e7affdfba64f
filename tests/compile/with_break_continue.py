for x in y:
    with a:
        if x:
            break
        continue
