a = b + c * d - e / f // g % h ** i
a = b << c >> d & e | f ^ g @ h
x = -a + ~b
y = not a
