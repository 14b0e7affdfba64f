print(f"{a}" + f"{b}")
foo(x, f"{y.z}", w)
    # comment
if 1:
    v = f"{p} and {q}"
