def parse(s):
    try:
        return {}[s]
    except KeyError as e:
        raise ValueError("bad value " + s) from e

parse("x")
