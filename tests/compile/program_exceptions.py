class AppError(Exception):
    def __init__(self, code, msg=""):
        super().__init__(msg)
        self.code = code


def risky(n):
    if n % 3 == 0:
        raise AppError(n, "multiple of three")
    if n % 5 == 0:
        raise ValueError(n)
    return n


def run(items):
    results = []
    errors = 0
    for n in items:
        try:
            results.append(risky(n))
        except AppError as e:
            errors += 1
            results.append(-e.code)
        except (ValueError, TypeError):
            errors += 1
        else:
            pass
        finally:
            results.append(0)
    try:
        raise RuntimeError("boom") from None
    except RuntimeError as exc:
        assert exc.__cause__ is None, "no cause"
    return results, errors


print(run(range(1, 11)))
