a = f"\x41{b}\u00e9"
c = f"\N{BULLET} {d}"
e = f"{x}\\"
