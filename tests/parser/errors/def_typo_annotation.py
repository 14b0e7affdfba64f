class C:
    def_init__(self):
        pass
