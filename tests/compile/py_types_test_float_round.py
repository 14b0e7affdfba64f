for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1.005, 1234.5678, -1234.5678, 1e20, 5e-5):
    print(v, round(v), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2))
print(round(0.5, 0), round(1.25, 1), round(1.35, 1), round(2.5, 0))
print(type(round(2.5)), type(round(2.5, 0)), type(round(2.5, None)))
print(round(123.456, -5), round(-0.4), round(-0.5), round(-0.6))
print(round(1e300, 2), round(1.5, 400), round(1.5, -400))
