a = u"x"
b = u"x" "y"
c = "x" u"y"
d = u""
