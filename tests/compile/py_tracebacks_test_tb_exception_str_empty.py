class QuietError(Exception):
    pass
def fail():
    raise QuietError
fail()
