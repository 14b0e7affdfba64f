# String work: splitting, joining, case mapping, searching, formatting.
words = ("alpha beta gamma delta epsilon zeta eta theta " * 2000).split()
out = []
for i in range(60):
    text = " ".join(words)
    out.append(text.upper().count("ETA") + text.find("zeta", i) + len(text.replace("a", "A")))
    out.append(len(f"{i:>8}|{i * 1.5:.3f}|{words[i % len(words)]!r}"))
print(sum(out))
