# Allocation churn: short-lived lists, dicts and strings created and dropped in a loop.
def churn(n):
    keep = 0
    for i in range(n):
        xs = [i, i + 1, i + 2]
        d = {"a": xs, "b": i}
        s = "item" + str(i)
        keep += len(xs) + len(d) + len(s)
    return keep

print(churn(600_000))
