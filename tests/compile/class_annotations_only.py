class P:
    x: int
    y: int = 0
    z: "str"
    def __init__(self):
        self.w: int = 1
