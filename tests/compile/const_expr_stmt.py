1
"string"
x
...
