import sys
from collections import Counter


def words(text):
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(".,;:!?").lower()
            if word:
                yield word


def top(text, n=3):
    counts = Counter(words(text))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def report(pairs, out=sys.stdout):
    width = max((len(w) for w, _ in pairs), default=0)
    for w, c in pairs:
        out.write("%-*s %d\n" % (width, w, c))
        print(f"{w:<{width}} {c}", file=out)


TEXT = """the quick brown fox
jumps over the lazy dog. The dog sleeps."""

report(top(TEXT))
