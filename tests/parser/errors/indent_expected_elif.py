if x:
  x
elif y:
pass
