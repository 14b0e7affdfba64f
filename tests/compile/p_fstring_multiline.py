x = f"""
{a}
  {b}
"""
y = (
    f"start {c} "
    f"end {d}"
)
z = f"""{
e
}"""
