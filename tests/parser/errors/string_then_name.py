"a" b
