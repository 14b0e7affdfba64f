def f(x):
    return x
result = f(
    1
) + f(
    None
)
