# the --show diagram of a tiny program (expected text in show_tiny.show)
a = [1.5, "two words"]
b = a
print("hello")
a = (b, 2.5)
