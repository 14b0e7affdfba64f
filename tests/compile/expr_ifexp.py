a = b if c else d
a = b if c and d else e
a = (b if c else d) if e else f
