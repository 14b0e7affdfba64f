for i in range(5):
    try:
        if i == 2:
            break
        if i == 1:
            continue
        work(i)
    except ValueError:
        continue
    finally:
        log(i)
