inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
print(inf == inf, inf / inf, 1 / inf, -1 / inf)
print(0.0 == -0.0, str(-0.0), 1 / inf == 0)
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0]))
print(abs(-inf), abs(nan))
try:
    round(inf)
except OverflowError as e:
    print(e)
try:
    round(nan)
except ValueError as e:
    print(e)
print(inf % 3, 5.0 % inf, -5.0 % inf)
print(divmod(5.0, inf), 1e308 + 1e308, -1e308 - 1e308)
print(nan in [nan], nan in {nan: 1})
d = {nan: 1}
print(len(d), d.get(nan))
print(float('nan') in {float('nan')})
