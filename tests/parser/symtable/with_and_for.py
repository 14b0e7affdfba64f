def f():
    with open(p) as (a, b):
        for i, *rest in a:
            del b
