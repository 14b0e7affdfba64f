a
(a)
((a))
(a + b)
(a)(b)
(a).b
(a)[b]
-(a)
not (a)
(a) if (b) else (c)
(a), (b)
