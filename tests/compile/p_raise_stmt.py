raise
raise E
raise E("x")
raise E from None
raise E() from exc
