def f(): pass
class C: pass
for x in y: pass
while z: pass
with a: pass
try:
    pass
except:
    pass
