/* Text and Graphviz renderings of trace snapshots (no CPython counterpart; the diagram is
 * the learners' stack-and-heap drawing). `--show` prints, after each step, the frames on
 * the left (each with its variables, "name → #n") and the shown objects on the right (type,
 * summary, refcount, size, GC generation, allocator block, and their edges "[0] → #n"),
 * marking what is new (+) or changed (*) since the previous step and listing what was
 * freed; `--show=changes` prints only those differences. Objects are named #1, #2, ... in
 * order of first sight (a reused address of another type gets a new number). `--dot`
 * writes the object graph of one snapshot for Graphviz.
 * Invariant: the output depends only on the snapshots (no addresses), so it is stable
 * from run to run of the same program. */
#include "trace_internal.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ==== short numbers ==== */

typedef struct ShortName {
    HsTraceMap index; /* id -> slot + 1 */
    long *numbers;
    const void **types;
    size_t len, cap;
    long next;
} ShortName;

static ShortName names;

/* #n of object 'o' (a new number when first seen, or seen before with another type). */
static long short_of(const HsTraceObject *o) {
    size_t at = hs_trace_map_get(&names.index, o->to_id);
    if (at != 0 && names.types[at - 1] == o->to_typeptr) {
        return names.numbers[at - 1];
    }
    if (at == 0) {
        if (names.len == names.cap) {
            size_t cap = names.cap ? names.cap * 2 : 64;
            long *n = realloc(names.numbers, cap * sizeof *n);
            if (n == NULL) {
                return 0;
            }
            names.numbers = n;
            const void **t = realloc(names.types, cap * sizeof *t);
            if (t == NULL) {
                return 0;
            }
            names.types = t;
            names.cap = cap;
        }
        at = ++names.len;
        if (hs_trace_map_put(&names.index, o->to_id, at) < 0) {
            names.len--;
            return 0;
        }
    }
    names.numbers[at - 1] = ++names.next;
    names.types[at - 1] = o->to_typeptr;
    return names.next;
}

static long short_of_id(const HsTraceSnapshot *s, uintptr_t id) {
    const HsTraceObject *o = hs_trace_snapshot_find(s, id);
    return o != NULL ? short_of(o) : 0;
}

void hs_trace_show_reset(void) {
    hs_trace_map_free(&names.index);
    free(names.numbers);
    free(names.types);
    memset(&names, 0, sizeof names);
}

/* ==== lines of text ==== */

typedef struct Lines {
    char **items;
    int len, cap;
} Lines;

__attribute__((format(printf, 2, 3))) static void line_add(Lines *l, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 32;
        char **n = realloc(l->items, (size_t)cap * sizeof *n);
        if (n == NULL) {
            return;
        }
        l->items = n;
        l->cap = cap;
    }
    char *s = strdup(buf);
    if (s != NULL) {
        l->items[l->len++] = s;
    }
}

static void lines_free(Lines *l) {
    for (int i = 0; i < l->len; i++) {
        free(l->items[i]);
    }
    free(l->items);
}

/* Display width of UTF-8 text without its ANSI escapes. */
static int display_width(const char *s) {
    int w = 0;
    for (const unsigned char *u = (const unsigned char *)s; *u; u++) {
        if (*u == 0x1B) {
            while (*u && *u != 'm') {
                u++;
            }
            if (!*u) {
                break;
            }
            continue;
        }
        w += (*u & 0xC0) != 0x80;
    }
    return w;
}

/* ==== the diagram ==== */

typedef struct Marks {
    int color;
    const char *on_new, *on_changed, *off;
} Marks;

static const char *mark(const Marks *m, int state, const char **end) {
    *end = "";
    if (state == 0) {
        return " ";
    }
    if (m->color) {
        *end = m->off;
        return state == 1 ? m->on_new : m->on_changed;
    }
    return state == 1 ? "+" : "*";
}

/* 0 same, 1 new, 2 changed. */
static int var_state(const HsTraceVar *old, int nold, const HsTraceVar *v, int have_old) {
    if (!have_old) {
        return 1;
    }
    for (int i = 0; i < nold; i++) {
        if (strcmp(old[i].tv_name, v->tv_name) == 0) {
            return old[i].tv_id == v->tv_id ? 0 : 2;
        }
    }
    return 1;
}

static int object_state(const HsTraceSnapshot *prev, const HsTraceObject *o) {
    const HsTraceObject *p = prev != NULL ? hs_trace_snapshot_find(prev, o->to_id) : NULL;
    if (p == NULL || p->to_typeptr != o->to_typeptr) {
        return 1;
    }
    int same = p->to_refcnt == o->to_refcnt && p->to_size == o->to_size &&
               strcmp(p->to_repr, o->to_repr) == 0 && p->to_nedges == o->to_nedges;
    for (int i = 0; same && i < o->to_nedges; i++) {
        same = p->to_edges[i].te_id == o->to_edges[i].te_id;
    }
    return same ? 0 : 2;
}

static const HsTraceFrame *prev_frame(const HsTraceSnapshot *prev, long serial) {
    for (int i = 0; prev != NULL && i < prev->ts_nframes; i++) {
        if (prev->ts_frames[i].tf_serial == serial) {
            return &prev->ts_frames[i];
        }
    }
    return NULL;
}

static void var_lines(Lines *l, const Marks *m, const HsTraceSnapshot *cur, const HsTraceVar *vars,
                      int n, const HsTraceVar *old, int nold, int have_old) {
    for (int i = 0; i < n; i++) {
        const char *end, *mk = mark(m, var_state(old, nold, &vars[i], have_old), &end);
        line_add(l, "%s   %s → #%ld%s", mk, vars[i].tv_name, short_of_id(cur, vars[i].tv_id),
                 end);
    }
}

static void frame_lines(Lines *l, const Marks *m, const HsTraceSnapshot *prev,
                        const HsTraceSnapshot *cur) {
    line_add(l, "  Frames");
    line_add(l, "  globals");
    var_lines(l, m, cur, cur->ts_globals, cur->ts_nglobals, prev ? prev->ts_globals : NULL,
              prev ? prev->ts_nglobals : 0, prev != NULL);
    for (int i = 0; i < cur->ts_nframes; i++) {
        const HsTraceFrame *f = &cur->ts_frames[i], *o = prev_frame(prev, f->tf_serial);
        const char *end, *mk = mark(m, o == NULL ? 1 : 0, &end);
        line_add(l, "%s %s  line %d%s", mk, f->tf_qualname, f->tf_line, end);
        var_lines(l, m, cur, f->tf_vars, f->tf_nvars, o ? o->tf_vars : NULL, o ? o->tf_nvars : 0,
                  o != NULL);
    }
}

static void object_lines(Lines *l, const Marks *m, const HsTraceSnapshot *prev,
                         const HsTraceSnapshot *cur) {
    line_add(l, "  Objects");
    for (size_t i = 0; i < cur->ts_nobjects; i++) {
        const HsTraceObject *o = &cur->ts_objects[i];
        const char *end, *mk = mark(m, object_state(prev, o), &end);
        char gc[32] = "", where[48] = "";
        if (o->to_is_gc) {
            snprintf(gc, sizeof gc, o->to_generation >= 0 ? " · gen %d" : " · untracked",
                     o->to_generation);
        }
        if (o->to_has_alloc) {
            snprintf(where, sizeof where, " · %d-byte block", o->to_size_class);
        }
        line_add(l, "%s #%ld %s %s  rc %zd · %zd B%s%s%s%s", mk, short_of(o), o->to_type,
                 o->to_repr, (ssize_t)o->to_refcnt, (ssize_t)o->to_size, gc, where,
                 o->to_mutable ? "" : " · immutable", end);
        char edges[400] = "";
        size_t len = 0;
        for (int k = 0; k < o->to_nedges && len < sizeof edges - 64; k++) {
            const HsTraceEdge *e = &o->to_edges[k];
            len += (size_t)snprintf(edges + len, sizeof edges - len, "%s%s → #%ld", k ? "  " : "",
                                    e->te_label, short_of_id(cur, e->te_id));
            len = len < sizeof edges ? len : sizeof edges - 1; /* cut */
        }
        if (len > 0) {
            line_add(l, "      %s%s", edges, len >= sizeof edges - 64 ? " …" : "");
        }
    }
}

static void freed_line(FILE *out, const HsTraceSnapshot *prev, const HsTraceSnapshot *cur) {
    int n = 0;
    for (size_t i = 0; prev != NULL && i < prev->ts_nobjects; i++) {
        const HsTraceObject *p = &prev->ts_objects[i];
        const HsTraceObject *o = hs_trace_snapshot_find(cur, p->to_id);
        if (o == NULL || o->to_typeptr != p->to_typeptr) {
            fprintf(out, "%s#%ld %s", n++ ? ", " : "  - gone: ", short_of(p), p->to_type);
        }
    }
    if (n) {
        putc('\n', out);
    }
}

/* The marked lines of 'l' (those not starting with a blank), each variable line after the
 * header of its frame (lines from 'first' on are variables until the next header). */
static void print_marked(FILE *out, const Lines *l) {
    const char *header = NULL;
    for (int i = 0; i < l->len; i++) {
        const char *s = l->items[i];
        int marked = s[0] != ' ';
        int is_var = strstr(s, " → #") != NULL && strncmp(s + 1, "   ", 3) == 0;
        if (!is_var) {
            header = marked ? NULL : s; /* a marked header is printed itself */
        }
        if (!marked) {
            continue;
        }
        if (is_var && header != NULL) {
            fprintf(out, "%s\n", header);
            header = NULL;
        }
        fprintf(out, "%s\n", s);
    }
}

static void changes(FILE *out, const Marks *m, const HsTraceSnapshot *prev,
                    const HsTraceSnapshot *cur) {
    Lines frames = {0}, objects = {0};
    frame_lines(&frames, m, prev, cur);
    object_lines(&objects, m, prev, cur);
    print_marked(out, &frames);
    print_marked(out, &objects);
    lines_free(&frames);
    lines_free(&objects);
    freed_line(out, prev, cur);
}

void hs_trace_show_step(FILE *out, long step, const char *file, int line, const char *src,
                        const HsTraceSnapshot *prev, const HsTraceSnapshot *cur, int changes_only,
                        int color) {
    Marks m = {color, "\x1B[1;32m+", "\x1B[1;33m*", "\x1B[0m"};
    int final = cur->ts_nframes == 0;
    fprintf(out, "%s── step %ld · %s:%d%s%s\n", color ? "\x1B[1m" : "", step, file, line,
            final ? " (end)" : "", color ? "\x1B[0m" : "");
    if (src != NULL && !final) {
        fprintf(out, "%5d │ %s\n", line, src);
    }
    if (changes_only) {
        changes(out, &m, prev, cur);
        return;
    }
    Lines left = {0}, right = {0};
    frame_lines(&left, &m, prev, cur);
    object_lines(&right, &m, prev, cur);
    int width = 0;
    for (int i = 0; i < left.len; i++) {
        int w = display_width(left.items[i]);
        width = w > width ? w : width;
    }
    width += 3;
    for (int i = 0; i < left.len || i < right.len; i++) {
        const char *a = i < left.len ? left.items[i] : "", *b = i < right.len ? right.items[i] : "";
        int pad = width - display_width(a);
        fprintf(out, "%s%*s│%s\n", a, pad, "", b);
    }
    lines_free(&left);
    lines_free(&right);
    freed_line(out, prev, cur);
}

/* ==== Graphviz ==== */

static void dot_string(FILE *out, const char *s) {
    putc('"', out);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') {
            putc('\\', out);
        }
        putc(*s == '\n' ? ' ' : *s, out);
    }
    putc('"', out);
}

static void dot_vars(FILE *out, const char *node, const HsTraceVar *vars, int n) {
    for (int i = 0; i < n; i++) {
        fprintf(out, "  %s -> o%lu [label=", node, (unsigned long)vars[i].tv_id);
        dot_string(out, vars[i].tv_name);
        fputs("];\n", out);
    }
}

void hs_trace_write_dot(FILE *out, const HsTraceSnapshot *s, long step) {
    fprintf(out, "// heapscope object graph, step %ld\ndigraph heapscope {\n"
                 "  rankdir=LR;\n  node [shape=box, fontname=\"monospace\", fontsize=10];\n"
                 "  edge [fontname=\"monospace\", fontsize=9];\n",
            step);
    fputs("  subgraph cluster_frames {\n    label=\"frames\";\n    globals [shape=folder];\n",
          out);
    for (int i = 0; i < s->ts_nframes; i++) {
        fprintf(out, "    f%ld [shape=folder, label=", s->ts_frames[i].tf_serial);
        dot_string(out, s->ts_frames[i].tf_qualname);
        fputs("];\n", out);
    }
    fputs("  }\n", out);
    dot_vars(out, "globals", s->ts_globals, s->ts_nglobals);
    for (int i = 0; i < s->ts_nframes; i++) {
        char node[32];
        snprintf(node, sizeof node, "f%ld", s->ts_frames[i].tf_serial);
        dot_vars(out, node, s->ts_frames[i].tf_vars, s->ts_frames[i].tf_nvars);
    }
    for (size_t i = 0; i < s->ts_nobjects; i++) {
        const HsTraceObject *o = &s->ts_objects[i];
        char label[512];
        snprintf(label, sizeof label, "%s %s\nid %lu\nrefcount %zd, %zd bytes", o->to_type,
                 o->to_repr, (unsigned long)o->to_id, (ssize_t)o->to_refcnt, (ssize_t)o->to_size);
        fprintf(out, "  o%lu [label=", (unsigned long)o->to_id);
        putc('"', out);
        for (const char *c = label; *c; c++) {
            if (*c == '\n') {
                fputs("\\n", out);
                continue;
            }
            if (*c == '"' || *c == '\\') {
                putc('\\', out);
            }
            putc(*c, out);
        }
        fprintf(out, "\"%s];\n", o->to_mutable ? "" : ", style=rounded");
        for (int k = 0; k < o->to_nedges; k++) {
            fprintf(out, "  o%lu -> o%lu [label=", (unsigned long)o->to_id,
                    (unsigned long)o->to_edges[k].te_id);
            dot_string(out, o->to_edges[k].te_label);
            fputs("];\n", out);
        }
    }
    fputs("}\n", out);
    fflush(out);
}
