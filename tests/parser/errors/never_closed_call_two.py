f(
  a b
