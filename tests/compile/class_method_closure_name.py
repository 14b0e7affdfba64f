def outer():
    value = 1
    class C:
        value = 2
        def get(self):
            return value
        def cls_value(self):
            return C.value
    return C
