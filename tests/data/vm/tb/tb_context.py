try:
    (1, 2)[5]
except IndexError:
    None.attribute
