[x for x in (y := [1, 2]) if (x := 3)]
*a = 1
