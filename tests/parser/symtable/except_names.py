try:
    pass
except E as e:
    pass
def f():
    try:
        pass
    except (A, B) as err:
        return err
