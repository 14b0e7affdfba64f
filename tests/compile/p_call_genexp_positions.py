sum(x for x in range(10))
f(
  x
  for x in y
)
