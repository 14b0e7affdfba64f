w = 10
p = 3
v = 3
a = f"{v:{w}.{p}}"
b = f"{'nested'!r:>{w}}"
c = f"x={v!r}, y={v=}"
d = f"{v}" f"{w}"
