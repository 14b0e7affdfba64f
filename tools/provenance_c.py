#!/usr/bin/env python3
"""Provenance check: heapscope's C sources against CPython 3.11's C sources.

CPython tree: the directories Objects/ Python/ Modules/ Parser/ Include/ Programs/ under
--source (default $HS_CPYTHON_SRC or /tmp/cpython-src), which tools/fetch_cpython_c.sh fills
from Debian's python3.11 source package (the upstream release tarball). See
docs/internals/provenance.md.

For each heapscope file (src/**/*.c|h|inc, include/**/*.h; unicodedb_*.inc data tables are
skipped unless --with-data) it reports:
  ident%  lines (non-blank, whitespace-stripped, inner whitespace collapsed) inside runs of
          >= MIN consecutive lines identical to consecutive lines of one CPython file
          (searched over the WHOLE CPython tree, not just the counterpart).
  norm%   the same after renaming Py/_Py/PY_/py_ prefixes to Hs/_Hs/HS_/hs_ on both sides.
  shape%  "same shape": comments dropped, every identifier -> I (keywords, numbers, strings,
          punctuation kept), against the COUNTERPART files only (named in the file's header
          comment, plus the manual MAP below, plus the 3 files with most norm hits).
  longest runs (ident / norm / shape), in lines.
  cmt     comment lines >= 40 chars (after normalisation) that also occur as a comment line
          anywhere in CPython.
  cmt10%  % of the file's comment words covered by a 10-word sequence also found in some
          CPython comment (catches re-wrapped comments).
A run only counts if it has at least 3 lines of >= 12 characters (so runs of '}', 'break;',
'return NULL;' do not count).

Usage: tools/provenance_c.py [--source DIR] [--heapscope REPO] [--min 6] [--detail N] [--files PATTERN...]
       [--excerpts K] [--csv out.csv]
"""
import argparse
import collections
import fnmatch
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CPY_DIRS = ["Objects", "Python", "Modules", "Parser", "Include", "Programs"]

# heapscope file -> extra CPython counterparts (header comments already name most).
MAP = {
    "src/obj/listsort.c": ["Objects/listobject.c"],
    "src/obj/floatfmt.c": ["Python/pystrtod.c", "Objects/floatobject.c", "Python/formatter_unicode.c", "Python/dtoa.c"],
    "src/obj/formatspec.c": ["Python/formatter_unicode.c"],
    "src/obj/longarith.c": ["Objects/longobject.c"],
    "src/obj/longconv.c": ["Objects/longobject.c"],
    "src/obj/longdiv.c": ["Objects/longobject.c"],
    "src/obj/pyhash.c": ["Python/pyhash.c", "Objects/tupleobject.c"],
    "src/mem/obmalloc.c": ["Objects/obmalloc.c"],
    "src/mem/pool.c": ["Objects/obmalloc.c"],
    "src/mem/arena.c": ["Objects/obmalloc.c"],
    "src/mem/debugstats.c": ["Objects/obmalloc.c"],
    "src/gc/gc.c": ["Modules/gcmodule.c"],
    "src/gc/gcinspect.c": ["Modules/gcmodule.c"],
    "src/modules/gcmodule.c": ["Modules/gcmodule.c"],
    "src/modules/sre_engine.c": ["Modules/_sre/sre_lib.h", "Modules/_sre/sre.c"],
    "src/modules/sremodule.c": ["Modules/_sre/sre.c", "Modules/_sre/sre_lib.h"],
    "src/modules/mathmodule.c": ["Modules/mathmodule.c"],
    "src/modules/mathmodule_int.c": ["Modules/mathmodule.c"],
    "src/modules/randommodule.c": ["Modules/_randommodule.c"],
    "src/vm/ceval.c": ["Python/ceval.c"],
    "src/vm/ceval_ops.inc": ["Python/ceval.c"],
    "src/compile/tokenizer.c": ["Parser/tokenizer.c"],
    "src/compile/compile.c": ["Python/compile.c"],
    "src/compile/compile_expr.c": ["Python/compile.c"],
    "src/compile/compile_stmt.c": ["Python/compile.c"],
    "src/compile/flowgraph.c": ["Python/compile.c"],
    "src/compile/assemble.c": ["Python/compile.c"],
    "src/modules/structmodule.c": ["Modules/_struct.c"],
    "src/modules/struct_codes.c": ["Modules/_struct.c"],
    "src/modules/arraymodule.c": ["Modules/arraymodule.c"],
    "src/modules/array_methods.c": ["Modules/arraymodule.c"],
    "src/obj/unicodesearch.c": ["Objects/stringlib/fastsearch.h"],
}

C_KEYWORDS = set("""auto break case char const continue default do double else enum extern
float for goto if inline int long register restrict return short signed sizeof static struct
switch typedef union unsigned void volatile while _Bool NULL""".split())

PATH_RE = re.compile(r"\b((?:Objects|Python|Modules|Parser|Include|Programs)/[\w/.]+?\.[ch])\b")


# ---------------------------------------------------------------- lexing

def split_code_comments(text):
    """Return (code_lines, comment_texts): code with comments blanked (line structure kept),
    and the list of comments (each a string, possibly multi-line)."""
    out = []
    comments = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '/' and i + 1 < n and text[i + 1] == '*':
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            com = text[i:j]
            comments.append(com)
            out.append(''.join('\n' if ch == '\n' else ' ' for ch in com))
            i = j
        elif c == '/' and i + 1 < n and text[i + 1] == '/':
            j = text.find('\n', i)
            j = n if j < 0 else j
            comments.append(text[i:j])
            out.append(' ' * (j - i))
            i = j
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            j = min(j + 1, n)
            out.append(text[i:j])
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out).split('\n'), comments


WS = re.compile(r"\s+")
PFX = [(re.compile(r"\b_Py"), "_Hs"), (re.compile(r"\bPy"), "Hs"), (re.compile(r"\b_PY"), "_HS"),
       (re.compile(r"\bPY"), "HS"), (re.compile(r"\bpy_"), "hs_"), (re.compile(r"\b_py_"), "_hs_")]
TOKEN = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|[A-Za-z_]\w*|\S')


def norm_ws(s):
    return WS.sub(' ', s.strip())


def norm_prefix(s):
    for rx, rep in PFX:
        s = rx.sub(rep, s)
    return s


def shape(s):
    return ''.join('I' if (t[0].isalpha() or t[0] == '_') and t not in C_KEYWORDS else t
                   for t in TOKEN.findall(s))


class Src:
    def __init__(self, path, rel):
        self.rel = rel
        with open(path, encoding='utf-8', errors='replace') as f:
            text = f.read()
        raw = text.split('\n')
        code_lines, comments = split_code_comments(text)
        self.ident = [(k + 1, norm_ws(l)) for k, l in enumerate(raw) if l.strip()]
        self.norm = [(k, norm_prefix(l)) for k, l in self.ident]
        sh = []
        for k, l in enumerate(code_lines):
            l = norm_ws(l)
            if l:
                sh.append((k + 1, shape(l)))
        self.shape = sh
        # token streams (comments removed, braces dropped so layout/brace style do not matter)
        self.tok_lines = []
        self.ntok = []
        self.stok = []
        for k, l in enumerate(code_lines):
            for t in TOKEN.findall(l):
                if t in "{}":
                    continue
                self.tok_lines.append(k + 1)
                nt = norm_prefix(t)
                self.ntok.append(nt)
                self.stok.append('I' if (t[0].isalpha() or t[0] == '_') and t not in C_KEYWORDS else t)
        self.raw = raw
        self.comment_lines = []
        self.comment_words = []
        for com in comments:
            for cl in com.split('\n'):
                cl = cl.strip()
                cl = re.sub(r"^(/\*+|//+|\*+)", "", cl)
                cl = re.sub(r"\*+/$", "", cl)
                cl = norm_prefix(norm_ws(cl))
                if cl:
                    self.comment_lines.append(cl)
                    self.comment_words.extend(w.lower() for w in re.findall(r"\w+", cl))
        self.header = '\n'.join(raw[:60])


# ---------------------------------------------------------------- run matching

def substantive(lines):
    return sum(1 for l in lines if len(l) >= 12) >= 3


class Corpus:
    """Concatenated lines of several CPython files with a k-gram index."""

    def __init__(self, srcs, attr, k):
        self.k = k
        self.lines = []
        self.where = []
        for s in srcs:
            for ln, t in getattr(s, attr):
                self.lines.append(t)
                self.where.append((s.rel, ln))
            self.lines.append(None)  # file boundary
            self.where.append(None)
        self.index = collections.defaultdict(list)
        L = self.lines
        for j in range(len(L) - k + 1):
            g = L[j:j + k]
            if None in g:
                continue
            self.index[hash(tuple(g))].append(j)


def find_runs(hlines, corpus, minlen):
    """Maximal runs: list of (i, j, length) with hlines[i:i+len] == corpus.lines[j:j+len]."""
    H = [t for _, t in hlines]
    C = corpus.lines
    k = corpus.k
    best = {}
    for i in range(len(H) - k + 1):
        cands = corpus.index.get(hash(tuple(H[i:i + k])))
        if not cands:
            continue
        for j in cands[:200]:
            if C[j:j + k] != H[i:i + k]:
                continue
            if i > 0 and j > 0 and C[j - 1] is not None and C[j - 1] == H[i - 1]:
                continue  # not left-maximal; counted from its start
            L = k
            while i + L < len(H) and j + L < len(C) and C[j + L] is not None and C[j + L] == H[i + L]:
                L += 1
            if L >= minlen and substantive(H[i:i + L]):
                if i not in best or best[i][1] < L:
                    best[i] = (j, L)
    runs = sorted((i, j, L) for i, (j, L) in best.items())
    covered = set()
    for i, j, L in runs:
        covered.update(range(i, i + L))
    return runs, covered


# ---------------------------------------------------------------- main

def load_tree(root, dirs, exts):
    out = {}
    for d in dirs:
        for dp, dn, fn in os.walk(os.path.join(root, d)):
            dn.sort()
            for f in sorted(fn):
                if f.endswith(exts):
                    p = os.path.join(dp, f)
                    out[os.path.relpath(p, root)] = Src(p, os.path.relpath(p, root))
    return out


def tok_index(srcs, attr, k, with_where):
    idx = {} if with_where else set()
    for s in srcs:
        toks = getattr(s, attr)
        for q in range(len(toks) - k + 1):
            h = hash(tuple(toks[q:q + k]))
            if with_where:
                if h not in idx:
                    idx[h] = (s.rel, s.tok_lines[q])
            else:
                idx.add(h)
    return idx


def tok_cover(s, attr, k, idx):
    """Tokens of s inside some k-token window also found in idx. A window counts only if it
    holds >= 6 word tokens and fewer than half numbers/commas (so data tables of numbers,
    which are facts, do not count)."""
    toks = getattr(s, attr)
    raw = s.ntok
    word = [0]
    numc = [0]
    for t in raw:
        word.append(word[-1] + (1 if (t[0].isalpha() or t[0] == '_') else 0))
        numc.append(numc[-1] + (1 if (t[0].isdigit() or t == ',') else 0))
    cov = set()
    first = {}
    for q in range(len(toks) - k + 1):
        if word[q + k] - word[q] < 6 or 2 * (numc[q + k] - numc[q]) >= k:
            continue
        h = hash(tuple(toks[q:q + k]))
        if h in idx:
            cov.update(range(q, q + k))
            if isinstance(idx, dict):
                first.setdefault(q, idx[h])
    return cov, first


def spans_of(cov):
    spans, start, prev = [], None, None
    for q in sorted(cov):
        if start is None or q != prev + 1:
            if start is not None:
                spans.append((start, prev))
            start = q
        prev = q
    if start is not None:
        spans.append((start, prev))
    return spans


def shingles(words, n):
    return [hash(tuple(words[i:i + n])) for i in range(len(words) - n + 1)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--heapscope", default=ROOT)
    ap.add_argument("--source", default=os.environ.get("HS_CPYTHON_SRC", "/tmp/cpython-src"),
                    help="the CPython tree (tools/fetch_cpython_c.sh)")
    ap.add_argument("--min", type=int, default=6)
    ap.add_argument("--detail", type=int, default=12, help="files to show runs for")
    ap.add_argument("--excerpts", type=int, default=6, help="runs shown per file and mode")
    ap.add_argument("--files", nargs="*", help="glob patterns of heapscope files")
    ap.add_argument("--with-data", action="store_true")
    ap.add_argument("--csv")
    ap.add_argument("--show", type=int, default=10, help="lines shown per excerpt")
    ap.add_argument("--cpython", action="store_true", help="also print the CPython side of token spans")
    ap.add_argument("--ktok", type=int, default=30, help="token shingle for ntok%%")
    ap.add_argument("--kshape", type=int, default=40, help="token shingle for stok%%")
    args = ap.parse_args()
    K = args.min

    print("loading CPython tree ...", file=sys.stderr)
    if not os.path.isdir(os.path.join(args.source, "Objects")):
        sys.exit(f"no CPython sources in {args.source}: run tools/fetch_cpython_c.sh first")
    cpy = load_tree(args.source, CPY_DIRS, (".c", ".h"))
    srcs = list(cpy.values())
    corp_ident = Corpus(srcs, "ident", K)
    corp_norm = Corpus(srcs, "norm", K)
    print("indexing tokens ...", file=sys.stderr)
    ntok_idx = tok_index(srcs, "ntok", args.ktok, True)
    cmt_lines = set()
    cmt_sh = set()
    for s in srcs:
        cmt_lines.update(l for l in s.comment_lines if len(l) >= 40)
        cmt_sh.update(shingles(s.comment_words, 10))

    hs = load_tree(args.heapscope, ["src", "include"], (".c", ".h", ".inc"))
    rows = []
    details = {}
    for rel, s in sorted(hs.items()):
        if not args.with_data and os.path.basename(rel).startswith("unicodedb_") and rel.endswith(".inc"):
            continue
        if args.files and not any(fnmatch.fnmatch(rel, p) for p in args.files):
            continue
        n = len(s.ident)
        if n == 0:
            continue
        r_id, c_id = find_runs(s.ident, corp_ident, K)
        r_no, c_no = find_runs(s.norm, corp_norm, K)
        # counterparts
        cps = [p for p in PATH_RE.findall(s.header) if p in cpy]
        cps += [p for p in MAP.get(rel, []) if p in cpy]
        hits = collections.Counter()
        for i, j, L in r_no:
            hits[corp_norm.where[j][0]] += L
        cps += [p for p, _ in hits.most_common(3)]
        cps = list(dict.fromkeys(cps))
        if cps:
            corp_sh = Corpus([cpy[p] for p in cps], "shape", K)
            r_sh, c_sh = find_runs(s.shape, corp_sh, K)
        else:
            corp_sh, r_sh, c_sh = None, [], set()
        nsh = max(1, len(s.shape))
        ncov, nfirst = tok_cover(s, "ntok", args.ktok, ntok_idx)
        if cps:
            scov, sfirst = tok_cover(s, "stok", args.kshape, tok_index([cpy[p] for p in cps], "stok", args.kshape, True))
        else:
            scov, sfirst = set(), {}
        ntoks = max(1, len(s.ntok))
        cl = [l for l in s.comment_lines if len(l) >= 40 and l in cmt_lines]
        sh = shingles(s.comment_words, 10)
        cw = set()
        for q, h in enumerate(sh):
            if h in cmt_sh:
                cw.update(range(q, q + 10))
        nw = max(1, len(s.comment_words))
        row = dict(file=rel, lines=n, ident=100.0 * len(c_id) / n, norm=100.0 * len(c_no) / n,
                   shape=100.0 * len(c_sh) / nsh,
                   lid=max([L for _, _, L in r_id], default=0),
                   lno=max([L for _, _, L in r_no], default=0),
                   lsh=max([L for _, _, L in r_sh], default=0),
                   cmt=len(cl), cmt10=100.0 * len(cw) / nw,
                   cps=cps, hits=hits, ntokp=100.0 * len(ncov) / ntoks, stokp=100.0 * len(scov) / ntoks,
                   ltok=max([b - a + 1 for a, b in spans_of(ncov)], default=0),
                   lstok=max([b - a + 1 for a, b in spans_of(scov)], default=0))
        rows.append(row)
        details[rel] = (s, r_id, r_no, r_sh, corp_ident, corp_norm, corp_sh, cl, cw, ncov, nfirst, scov, sfirst)

    rows.sort(key=lambda r: (-max(r["norm"], r["ntokp"]), -r["lno"], -r["stokp"]))
    hdr = f"{'heapscope file':38} {'lines':>5} {'ident%':>6} {'norm%':>6} {'shape%':>6} {'L_id':>4} {'L_no':>4} {'L_sh':>4} {'ntok%':>6} {'stok%':>6} {'Ltok':>4} {'Lstk':>4} {'cmt':>4} {'cmt10%':>6}  CPython counterparts (top norm hits first)"
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        top = ", ".join(f"{p}:{c}" for p, c in r["hits"].most_common(3)) or "-"
        print(f"{r['file']:38} {r['lines']:5} {r['ident']:6.1f} {r['norm']:6.1f} {r['shape']:6.1f} "
              f"{r['lid']:4} {r['lno']:4} {r['lsh']:4} {r['ntokp']:6.1f} {r['stokp']:6.1f} {r['ltok']:4} {r['lstok']:4} {r['cmt']:4} {r['cmt10']:6.1f}  "
              f"hits[{top}] cp[{', '.join(r['cps'][:4])}]")
    if args.csv:
        import csv
        with open(args.csv, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["file", "lines", "ident_pct", "norm_pct", "shape_pct", "longest_ident",
                        "longest_norm", "longest_shape", "ntok_pct", "stok_pct", "longest_tok_span", "longest_shape_tok_span", "comment_lines", "comment10_pct", "counterparts"])
            for r in rows:
                w.writerow([r["file"], r["lines"], f"{r['ident']:.1f}", f"{r['norm']:.1f}",
                            f"{r['shape']:.1f}", r["lid"], r["lno"], r["lsh"], f"{r['ntokp']:.1f}", f"{r['stokp']:.1f}", r["ltok"], r["lstok"], r["cmt"],
                            f"{r['cmt10']:.1f}", " ".join(r["cps"])])

    # details for the worst files
    worst = [r for r in rows if r["norm"] >= 3 or r["lno"] >= 10 or r["lsh"] >= 10 or r["cmt"]
             or r["cmt10"] >= 3 or r["ntokp"] >= 3 or r["stokp"] >= 10]
    worst.sort(key=lambda r: -max(r["norm"], r["ntokp"], r["stokp"] / 2))
    worst = worst[:args.detail]
    for r in worst:
        s, r_id, r_no, r_sh, ci, cn, csh, cl, cw, ncov, nfirst, scov, sfirst = details[r["file"]]
        print("\n" + "=" * 100)
        print(f"{r['file']}: norm {r['norm']:.1f}%  shape {r['shape']:.1f}%  longest norm {r['lno']}  shape {r['lsh']}"
              f"  ntok {r['ntokp']:.1f}%  stok {r['stokp']:.1f}%")
        for title, cov, first, kk in (("TOKEN (normalised, whole tree)", ncov, nfirst, args.ktok),
                                      ("TOKEN SHAPE (counterparts)", scov, sfirst, args.kshape)):
            sp = sorted(spans_of(cov), key=lambda x: x[0] - x[1])[:args.excerpts]
            if not sp:
                continue
            print(f"--- top {title} spans")
            for a, b in sp:
                l0, l1 = s.tok_lines[a], s.tok_lines[b]
                src = first.get(a, ("", ""))
                last = first.get(b - kk + 1, ("", ""))
                rng = f"{src[0]}:{src[1]}" + (f"-{last[1]}" if last[0] == src[0] and last[1] else "")
                print(f"  [{b - a + 1} tokens] heapscope {r['file']}:{l0}-{l1}  ~ {rng}")
                for ln in range(l0, min(l1, l0 + args.show - 1) + 1):
                    print(f"     | {s.raw[ln - 1].rstrip()[:110]}")
                if l1 > l0 + args.show - 1:
                    print(f"     | ... ({l1 - l0 - args.show + 1} more lines)")
                if args.cpython and src[0]:
                    cl0 = src[1]
                    cl1 = last[1] if last[0] == src[0] and last[1] else cl0 + (l1 - l0)
                    craw = cpy[src[0]].raw
                    for ln in range(cl0, min(cl1, cl0 + args.show * 2 - 1) + 1):
                        print(f"     C {craw[ln - 1].rstrip()[:110]}")
        for title, runs, hl, corp in (("NORMALISED", r_no, s.norm, cn), ("SHAPE", r_sh, s.shape, csh)):
            if not runs:
                continue
            print(f"--- top {title} runs")
            for i, j, L in sorted(runs, key=lambda x: -x[2])[:args.excerpts]:
                f, ln = corp.where[j]
                h0, h1 = hl[i][0], hl[i + L - 1][0]
                print(f"  [{L} lines] heapscope {r['file']}:{h0}-{h1}  ~  {f}:{ln}")
                for q in range(L if L <= 14 else 10):
                    hln = hl[i + q][0]
                    print(f"     | {s.raw[hln - 1].rstrip()[:110]}")
                if L > 14:
                    print(f"     | ... ({L - 10} more)")
        if cl:
            print(f"--- comment lines also in CPython ({len(cl)}):")
            for l in cl[:args.excerpts * 2]:
                print(f"     # {l[:120]}")
        if cw:
            words = s.comment_words
            spans, start, prev = [], None, None
            for q in sorted(cw):
                if start is None or q != prev + 1:
                    if start is not None:
                        spans.append((start, prev))
                    start = q
                prev = q
            spans.append((start, prev))
            spans.sort(key=lambda x: x[0] - x[1])
            print(f"--- comment passages sharing 10-word sequences with CPython ({len(spans)} passages, {len(cw)} words)")
            for a, b in spans[:args.excerpts]:
                print(f"     ~ [{b - a + 1} words] {' '.join(words[a:b + 1])[:300]}")


if __name__ == "__main__":
    main()
