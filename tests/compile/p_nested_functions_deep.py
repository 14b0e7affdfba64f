def a():
    def b():
        def c():
            def d():
                return 1
            return d
        return c
    return b
