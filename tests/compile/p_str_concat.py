a = "a" "b"
b = ("a"
     "b"
     'c')
c = "x" r"\y" """z"""
