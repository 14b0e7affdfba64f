- - - x
+-~x
not not not x
~~x
