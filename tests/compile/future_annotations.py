from __future__ import annotations
def f(a: int) -> List[int]:
    x: Dict[str, int] = {}
    return x
