a = f"{{}}"
b = f"{{x}}"
c = f"a{{b}}c{d}e"
d = f"}}"
