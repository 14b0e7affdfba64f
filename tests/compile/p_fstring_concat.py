a = "a" f"b{c}d" "e"
b = (f"{x}"
     f"{y}")
c = f"{x}" r"\n"
d = rf"\{x}"
e = fr"{x}\n"
f_ = f"\n{x}\t"
