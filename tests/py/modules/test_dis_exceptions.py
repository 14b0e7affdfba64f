# dis.dis of try/except/finally, with and raise: the ExceptionTable section and handler jump targets
import dis


def simple(a):
    try:
        a.x()
    except ValueError:
        return 1
    return 0


def named(a):
    try:
        return a[0]
    except (IndexError, KeyError) as e:
        print(e)
        raise RuntimeError("bad") from e
    finally:
        print("done")


def nested(items):
    total = 0
    for item in items:
        try:
            try:
                total += int(item)
            except ValueError:
                continue
            else:
                total += 1
        finally:
            total -= 1
    return total


def with_stmt(path, lock):
    with lock:
        with path as p, lock as q:
            return p, q


def raises(x):
    assert x, "no x"
    if x > 1:
        raise ValueError(x)
    raise


def except_star(x):
    try:
        x()
    except* ValueError:
        pass


for f in (simple, named, nested, with_stmt, raises, except_star):
    dis.dis(f)
    print("-" * 20)
    dis.disassemble(f.__code__, lasti=8)
    print("=" * 20)
