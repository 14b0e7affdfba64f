@
class C: pass
