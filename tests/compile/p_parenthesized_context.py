with (open("a")) as f:
    pass
with (a, b) as (c, d):
    pass
