class C:
x
