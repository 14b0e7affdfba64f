# compile-time SyntaxWarnings on stderr: "is" with a literal, an always-true assert, calling a literal
x = 5
print(x is 5)
print("\d")
if x is not 3: pass
assert (x, "msg")
print((1, 2)(3) if False else 0)
