name = 'x'
a = f"hello {name}"
a = f"{name!r} and {name!s} {name!a}"
a = f"{name:>10}"
a = f"{name:{width}}"
a = f"{name}"
a = f"plain"
a = f"{a}{b}{c}"
