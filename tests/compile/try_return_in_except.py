def f():
    try:
        return a()
    except KeyError as e:
        return e.args
    except Exception:
        return None
