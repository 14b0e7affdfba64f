a = "\n\t\r\\\'\"\a\b\f\v"
b = "\x41\x7f\xff"
c = "\101\0\7\777"
d = "\u00e9\u4e2d"
e = "\U0001F600"
f = "\z\q"
g = "line\
cont"
