x: int
y: "str"
z: list[dict[str, int]] = {}
