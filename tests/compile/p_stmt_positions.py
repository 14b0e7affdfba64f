if a:
    b
else:
    c;
while x: y;
for i in j:
    k


