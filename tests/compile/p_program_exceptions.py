import sys

class MyError(Exception):
    pass

def risky(x):
    try:
        if x < 0:
            raise MyError(f"negative: {x}")
        return 1 / x
    except ZeroDivisionError as e:
        print("div", e, file=sys.stderr)
        return None
    except (TypeError, ValueError):
        raise
    finally:
        print("done")

with open(__file__) as fh, open(__file__) as gh:
    data = fh.read()
