with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with (a as b, c):
    pass
with (a, b):
    pass
with (a):
    pass
with (a, b) as c:
    pass
with f() as (x, y):
    pass
with (
    open("a") as f,
    open("b") as g,
):
    pass
