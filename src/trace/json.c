/* The JSON trace writer (docs/trace-format.md, version 1). No CPython counterpart. Each
 * step is written as the delta between the previous snapshot and the current one, as soon
 * as it is made (the document is streamed: steps first, then sources, exit and summary,
 * written by session.c). An object is "new" when its id was not shown at the previous step,
 * or was freed since (its address reused), or changed type; "changed" lists only the fields
 * that differ, edges as a whole list or as a patch, whichever is shorter; "freed" lists the
 * ids shown before and not now.
 * Invariant: the output is valid UTF-8 JSON whatever the program's strings hold. */
#include "trace_internal.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ==== the step buffer ==== */

/* A step is built in memory (so a part found empty can be taken back) and then written. */
typedef struct Buf {
    char *data;
    size_t len, cap;
    int failed;
} Buf;

static void breserve(Buf *b, size_t n) {
    if (b->len + n + 1 <= b->cap || b->failed) {
        return;
    }
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + n + 1) {
        cap *= 2;
    }
    char *d = realloc(b->data, cap);
    if (d == NULL) {
        b->failed = 1;
        return;
    }
    b->data = d;
    b->cap = cap;
}

static void bwrite(Buf *b, const void *p, size_t n) {
    breserve(b, n);
    if (!b->failed) {
        memcpy(b->data + b->len, p, n);
        b->len += n;
    }
}

static void bputs(Buf *b, const char *s) {
    bwrite(b, s, strlen(s));
}

static void bputc(Buf *b, char c) {
    bwrite(b, &c, 1);
}

__attribute__((format(printf, 2, 3))) static void bprintf(Buf *b, const char *fmt, ...) {
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < sizeof tmp) {
        bwrite(b, tmp, (size_t)n);
        return;
    }
    breserve(b, (size_t)n + 1);
    if (!b->failed) {
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
        b->len += (size_t)n;
    }
}

static Buf step_buf;

/* ==== static helpers: scalars ==== */

static void json_string(Buf *out, const char *p, size_t len) {
    const unsigned char *u = (const unsigned char *)p, *e = u + len;
    bputc(out, '"');
    while (u < e) {
        unsigned char c = *u;
        if (c == '"' || c == '\\') {
            bputc(out, '\\');
            bputc(out, c);
            u++;
        } else if (c < 0x20) {
            const char *esc = c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : NULL;
            if (esc != NULL) {
                bputs(out, esc);
            } else {
                bprintf(out, "\\u%04x", c);
            }
            u++;
        } else if (c < 0x80) {
            bputc(out, c);
            u++;
        } else {
            int n = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
            int ok = n > 0 && u + n <= e;
            for (int i = 1; ok && i < n; i++) {
                ok = (u[i] & 0xC0) == 0x80;
            }
            if (ok) {
                bwrite(out, u, (size_t)n);
                u += n;
            } else {
                bputs(out, "\\ufffd");
                u++;
            }
        }
    }
    bputc(out, '"');
}

static void json_cstr(Buf *out, const char *s) {
    json_string(out, s, strlen(s));
}

/* ==== static helpers: variables ==== */

static uintptr_t var_lookup(const HsTraceVar *vars, int n, int hint, const char *name,
                            int *found) {
    if (hint < n && strcmp(vars[hint].tv_name, name) == 0) {
        *found = 1;
        return vars[hint].tv_id;
    }
    for (int i = 0; i < n; i++) {
        if (strcmp(vars[i].tv_name, name) == 0) {
            *found = 1;
            return vars[i].tv_id;
        }
    }
    *found = 0;
    return 0;
}

/* {"set": {...}, "del": [...]} from 'old' to 'now'; nothing when equal. Returns 1 if
 * written. 'key' is written first ("\"locals\":") with a comma before when 'comma'. */
static int write_vars_delta(Buf *out, const char *key, int comma, const HsTraceVar *old,
                            int nold, const HsTraceVar *now, int nnow) {
    int wrote = 0, nset = 0;
    for (int i = 0; i < nnow; i++) {
        int found;
        uintptr_t id = var_lookup(old, nold, i, now[i].tv_name, &found);
        if (found && id == now[i].tv_id) {
            continue;
        }
        if (!wrote) {
            bprintf(out, "%s\"%s\":{", comma ? "," : "", key);
            wrote = 1;
        }
        bputs(out, nset++ ? "," : "\"set\":{");
        json_cstr(out, now[i].tv_name);
        bprintf(out, ":{\"ref\":%lu}", (unsigned long)now[i].tv_id);
    }
    if (nset) {
        bputc(out, '}');
    }
    int ndel = 0;
    for (int i = 0; i < nold; i++) {
        int found;
        (void)var_lookup(now, nnow, i, old[i].tv_name, &found);
        if (found) {
            continue;
        }
        if (!wrote) {
            bprintf(out, "%s\"%s\":{", comma ? "," : "", key);
            wrote = 1;
        }
        bputs(out, ndel++ ? "," : (nset ? ",\"del\":[" : "\"del\":["));
        json_cstr(out, old[i].tv_name);
    }
    if (ndel) {
        bputc(out, ']');
    }
    if (wrote) {
        bputc(out, '}');
    }
    return wrote;
}

/* ==== static helpers: frames ==== */

static const HsTraceFrame *find_frame(const HsTraceSnapshot *s, long serial, int hint) {
    if (s == NULL) {
        return NULL;
    }
    if (hint < s->ts_nframes && s->ts_frames[hint].tf_serial == serial) {
        return &s->ts_frames[hint];
    }
    for (int i = 0; i < s->ts_nframes; i++) {
        if (s->ts_frames[i].tf_serial == serial) {
            return &s->ts_frames[i];
        }
    }
    return NULL;
}

static void write_frames(Buf *out, const HsTraceSnapshot *prev, const HsTraceSnapshot *cur) {
    int any = 0;
    for (int i = 0; i < cur->ts_nframes; i++) {
        const HsTraceFrame *f = &cur->ts_frames[i], *o = find_frame(prev, f->tf_serial, i);
        size_t pos = out->len;
        bprintf(out, "%s\"f%ld\":{", any ? "," : ",\"frames\":{", f->tf_serial);
        int n = 0;
        if (o == NULL) {
            bputs(out, "\"function\":");
            json_cstr(out, f->tf_function);
            bputs(out, ",\"qualname\":");
            json_cstr(out, f->tf_qualname);
            bputs(out, ",\"file\":");
            json_cstr(out, f->tf_file);
            bprintf(out, ",\"firstline\":%d", f->tf_firstline);
            n++;
        }
        int innermost = i == cur->ts_nframes - 1; /* its line is the step's line */
        if ((o == NULL || o->tf_line != f->tf_line) && !(innermost && o != NULL)) {
            bprintf(out, "%s\"line\":%d", n++ ? "," : "", f->tf_line);
        }
        n += write_vars_delta(out, "locals", n > 0, o != NULL ? o->tf_vars : NULL,
                              o != NULL ? o->tf_nvars : 0, f->tf_vars, f->tf_nvars);
        if (n == 0) {
            out->len = pos; /* nothing changed in this frame: take it back */
            continue;
        }
        bputc(out, '}');
        any = 1;
    }
    if (any) {
        bputc(out, '}');
    }
}

/* ==== static helpers: objects ==== */

static void write_gc(Buf *out, const HsTraceObject *o) {
    if (!o->to_is_gc) {
        bputs(out, "null");
        return;
    }
    bprintf(out, "{\"tracked\":%s,\"generation\":", o->to_tracked ? "true" : "false");
    if (o->to_generation < 0) {
        bputs(out, "null");
    } else {
        bprintf(out, "%d", o->to_generation);
    }
    bprintf(out, ",\"finalized\":%s}", o->to_finalized ? "true" : "false");
}

static void write_alloc(Buf *out, const HsTraceObject *o) {
    if (!o->to_has_alloc) {
        bputs(out, "null");
        return;
    }
    bprintf(out, "{\"arena\":%d,\"pool\":%d,\"size_class\":%d}", o->to_arena, o->to_pool,
            o->to_size_class);
}

static void write_edge_list(Buf *out, const HsTraceEdge *e, int n) {
    bputc(out, '[');
    for (int i = 0; i < n; i++) {
        bputs(out, i ? ",[" : "[");
        json_cstr(out, e[i].te_label);
        bprintf(out, ",%lu]", (unsigned long)e[i].te_id);
    }
    bputc(out, ']');
}

static void write_object(Buf *out, const HsTraceObject *o) {
    bputs(out, "{\"type\":");
    json_cstr(out, o->to_type);
    bputs(out, ",\"repr\":");
    json_cstr(out, o->to_repr);
    bprintf(out, ",\"size\":%zd,\"refcount\":%zd,\"mutable\":%s,\"gc\":", (ssize_t)o->to_size,
            (ssize_t)o->to_refcnt, o->to_mutable ? "true" : "false");
    write_gc(out, o);
    bputs(out, ",\"alloc\":");
    write_alloc(out, o);
    if (o->to_nedges > 0) {
        bputs(out, ",\"edges\":");
        write_edge_list(out, o->to_edges, o->to_nedges);
    }
    if (o->to_omitted > 0) {
        bprintf(out, ",\"edges_omitted\":%d", o->to_omitted);
    }
    bputc(out, '}');
}

static int same_edges(const HsTraceObject *a, const HsTraceObject *b) {
    if (a->to_nedges != b->to_nedges) {
        return 0;
    }
    for (int i = 0; i < a->to_nedges; i++) {
        if (a->to_edges[i].te_id != b->to_edges[i].te_id ||
            strcmp(a->to_edges[i].te_label, b->to_edges[i].te_label) != 0) {
            return 0;
        }
    }
    return 1;
}

/* The edges of 'now' against 'old': a patch when the labels mostly stay, else the list. */
static void write_edges_change(Buf *out, const HsTraceObject *old, const HsTraceObject *now) {
    int common = old->to_nedges < now->to_nedges ? old->to_nedges : now->to_nedges, same = 0;
    for (int i = 0; i < common; i++) {
        same += strcmp(old->to_edges[i].te_label, now->to_edges[i].te_label) == 0;
    }
    if (same < common || now->to_nedges < 8) {
        bputs(out, ",\"edges\":");
        write_edge_list(out, now->to_edges, now->to_nedges);
        return;
    }
    /* labels equal position by position up to 'common': set changed + appended, del rest */
    bputs(out, ",\"edges_patch\":{\"set\":[");
    int n = 0;
    for (int i = 0; i < now->to_nedges; i++) {
        if (i < common && old->to_edges[i].te_id == now->to_edges[i].te_id) {
            continue;
        }
        bputs(out, n++ ? ",[" : "[");
        json_cstr(out, now->to_edges[i].te_label);
        bprintf(out, ",%lu]", (unsigned long)now->to_edges[i].te_id);
    }
    bputs(out, "],\"del\":[");
    for (int i = common; i < old->to_nedges; i++) {
        if (i > common) {
            bputc(out, ',');
        }
        json_cstr(out, old->to_edges[i].te_label);
    }
    bputs(out, "]}");
}

/* The changed fields of an object shown at both steps; nothing when equal. */
static int write_changes(Buf *out, int first, const HsTraceObject *old, const HsTraceObject *now) {
    int repr = strcmp(old->to_repr, now->to_repr) != 0;
    int gc = old->to_tracked != now->to_tracked || old->to_generation != now->to_generation ||
             old->to_finalized != now->to_finalized;
    int alloc = old->to_has_alloc != now->to_has_alloc || old->to_arena != now->to_arena ||
                old->to_pool != now->to_pool || old->to_size_class != now->to_size_class;
    int edges = !same_edges(old, now);
    if (!repr && !gc && !alloc && !edges && old->to_size == now->to_size &&
        old->to_refcnt == now->to_refcnt && old->to_omitted == now->to_omitted) {
        return 0;
    }
    bprintf(out, "%s\"%lu\":{", first ? "\"changed\":{" : ",", (unsigned long)now->to_id);
    size_t pos = out->len;
    if (repr) {
        bputs(out, ",\"repr\":");
        json_cstr(out, now->to_repr);
    }
    if (old->to_size != now->to_size) {
        bprintf(out, ",\"size\":%zd", (ssize_t)now->to_size);
    }
    if (old->to_refcnt != now->to_refcnt) {
        bprintf(out, ",\"refcount\":%zd", (ssize_t)now->to_refcnt);
    }
    if (gc) {
        bputs(out, ",\"gc\":");
        write_gc(out, now);
    }
    if (alloc) {
        bputs(out, ",\"alloc\":");
        write_alloc(out, now);
    }
    if (edges) {
        write_edges_change(out, old, now);
    }
    if (old->to_omitted != now->to_omitted) {
        bprintf(out, ",\"edges_omitted\":%d", now->to_omitted);
    }
    bputc(out, '}');
    /* drop the leading comma of the first field */
    memmove(out->data + pos, out->data + pos + 1, out->len - pos - 1);
    out->len--;
    return 1;
}

/* Is 'now' (shown at this step) the same object as the one 'old' recorded? */
static int same_object(const HsTraceStep *st, const HsTraceObject *old, const HsTraceObject *now) {
    return old != NULL && old->to_typeptr == now->to_typeptr &&
           strcmp(old->to_type, now->to_type) == 0 &&
           hs_trace_map_get(st->reborn, now->to_id) == 0;
}

static void write_objects(Buf *out, const HsTraceStep *st, const HsTraceSnapshot *prev,
                          const HsTraceSnapshot *cur) {
    int nnew = 0, nchanged = 0, nfreed = 0, any = 0;
    for (size_t i = 0; i < cur->ts_nobjects; i++) {
        const HsTraceObject *o = &cur->ts_objects[i];
        const HsTraceObject *p = prev != NULL ? hs_trace_snapshot_find(prev, o->to_id) : NULL;
        if (same_object(st, p, o)) {
            continue;
        }
        bprintf(out, "%s\"%lu\":", nnew++ ? "," : (any++ ? "" : ",\"objects\":{\"new\":{"),
                (unsigned long)o->to_id);
        write_object(out, o);
    }
    if (nnew) {
        bputc(out, '}');
    }
    for (size_t i = 0; prev != NULL && i < cur->ts_nobjects; i++) {
        const HsTraceObject *o = &cur->ts_objects[i];
        const HsTraceObject *p = hs_trace_snapshot_find(prev, o->to_id);
        if (!same_object(st, p, o)) {
            continue;
        }
        size_t pos = out->len;
        if (nchanged == 0) {
            bputs(out, any ? "," : ",\"objects\":{");
        }
        if (write_changes(out, nchanged == 0, p, o)) {
            nchanged++;
            any++;
        } else {
            out->len = pos;
        }
    }
    if (nchanged) {
        bputc(out, '}');
    }
    for (size_t i = 0; prev != NULL && i < prev->ts_nobjects; i++) {
        const HsTraceObject *p = &prev->ts_objects[i];
        const HsTraceObject *o = hs_trace_snapshot_find(cur, p->to_id);
        if (o != NULL && same_object(st, p, o)) {
            continue;
        }
        const char *open = any++ ? ",\"freed\":[" : ",\"objects\":{\"freed\":[";
        bprintf(out, "%s%lu", nfreed++ ? "," : open, (unsigned long)p->to_id);
    }
    if (nfreed) {
        bputc(out, ']');
    }
    if (any) {
        bputc(out, '}');
    }
}

/* ==== static helpers: allocator and events ==== */

static void write_allocator(Buf *out, const HsTraceStep *st) {
    const HsTraceAllocState *a = st->alloc_prev, *b = st->alloc_cur;
    int n = 0;
    size_t fields[3] = {b->arenas, b->pools_used, b->blocks_used};
    size_t olds[3] = {a ? a->arenas : 0, a ? a->pools_used : 0, a ? a->blocks_used : 0};
    static const char *const names[3] = {"arenas", "pools_used", "blocks_used"};
    for (int i = 0; i < 3; i++) {
        if (a == NULL || fields[i] != olds[i]) {
            bprintf(out, "%s\"%s\":%zu", n++ ? "," : ",\"allocator\":{", names[i], fields[i]);
        }
    }
    int nc = 0;
    for (int i = 0; i < HS_MEM_NB_CLASSES; i++) {
        if (a == NULL ? b->classes[i] != 0 : a->classes[i] != b->classes[i]) {
            if (nc++ == 0) {
                bputs(out, n++ ? "," : ",\"allocator\":{");
                bputs(out, "\"size_classes\":{");
            } else {
                bputc(out, ',');
            }
            bprintf(out, "\"%d\":%zu", 16 * (i + 1), b->classes[i]);
        }
    }
    if (nc) {
        bputc(out, '}');
    }
    if (n) {
        bputc(out, '}');
    }
}

static void write_counts(Buf *out, const char *kind, const HsTraceTypeCount *c, int n,
                         int *nev) {
    long total = 0;
    for (int i = 0; i < n; i++) {
        total += c[i].tc_count;
    }
    if (total == 0) {
        return;
    }
    bprintf(out, "%s{\"kind\":\"%s\",\"count\":%ld,\"by_type\":{", (*nev)++ ? "," : ",\"events\":[",
            kind, total);
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            bputc(out, ',');
        }
        json_cstr(out, c[i].tc_name);
        bprintf(out, ":%ld", c[i].tc_count);
    }
    bputs(out, "}}");
}

static void write_event(Buf *out, const HsTraceEvent *e) {
    switch (e->ev_kind) {
    case HS_TEV_GC:
        bprintf(out, "{\"kind\":\"gc\",\"generation\":%d,\"candidates\":%zd,\"collected\":%zd,"
                     "\"uncollectable\":%zd,\"pause_ns\":%llu}",
                e->ev_gc.generation, (ssize_t)e->ev_gc.candidates, (ssize_t)e->ev_gc.collected,
                (ssize_t)e->ev_gc.uncollectable, (unsigned long long)e->ev_gc.pause_ns);
        break;
    case HS_TEV_CALL:
        bprintf(out, "{\"kind\":\"call\",\"frame\":\"f%ld\",\"function\":", e->ev_frame);
        json_cstr(out, e->ev_text);
        bputc(out, '}');
        break;
    case HS_TEV_RETURN:
        bprintf(out, "{\"kind\":\"return\",\"frame\":\"f%ld\"}", e->ev_frame);
        break;
    case HS_TEV_EXCEPTION:
        bprintf(out, "{\"kind\":\"exception\",\"frame\":\"f%ld\",\"type\":", e->ev_frame);
        json_cstr(out, e->ev_text);
        bputs(out, ",\"message\":");
        json_cstr(out, e->ev_message);
        bputc(out, '}');
        break;
    case HS_TEV_STDOUT:
    case HS_TEV_STDERR:
        bprintf(out, "{\"kind\":\"%s\",\"text\":",
                e->ev_kind == HS_TEV_STDOUT ? "stdout" : "stderr");
        json_string(out, e->ev_text, e->ev_len);
        bputc(out, '}');
        break;
    default:
        bprintf(out, "{\"kind\":\"thread_switch\",\"from\":%ld,\"to\":%ld}", e->ev_frame, e->ev_to);
        break;
    }
}

/* ==== internal API ==== */

void hs_trace_json_string(FILE *f, const char *p, size_t len) {
    Buf b = {0};
    json_string(&b, p, len);
    if (b.data != NULL) {
        fwrite(b.data, 1, b.len, f);
    }
    free(b.data);
}

void hs_trace_json_begin(FILE *f, const char *script, int instruction) {
    Buf b = {0}, *out = &b;
    bputs(out, "{\"format\":\"heapscope-trace\",\"version\":1,\"python\":\"3.11\",\"script\":");
    json_cstr(out, script);
    bprintf(out, ",\"step_mode\":\"%s\",\n\"steps\":[", instruction ? "instruction" : "line");
    if (b.data != NULL) {
        fwrite(b.data, 1, b.len, f);
    }
    free(b.data);
}

int hs_trace_json_step(FILE *f, const HsTraceStep *st, const HsTraceSnapshot *prev,
                       const HsTraceSnapshot *cur) {
    Buf *out = &step_buf;
    out->len = 0;
    bprintf(out, "%s{\"line\":%d", st->index ? ",\n" : "\n", st->line);
    if (st->write_file) {
        bputs(out, ",\"file\":");
        json_cstr(out, st->file);
    }
    if (st->offset >= 0) {
        bprintf(out, ",\"offset\":%d", st->offset);
    }
    if (st->write_thread) {
        bprintf(out, ",\"thread\":%ld", st->thread);
    }
    if (st->write_stack) {
        bputs(out, ",\"stack\":[");
        for (int i = 0; i < st->nstack; i++) {
            bprintf(out, "%s\"f%ld\"", i ? "," : "", st->stack[i]);
        }
        bputc(out, ']');
    }
    write_frames(out, prev, cur);
    write_vars_delta(out, "globals", 1, prev ? prev->ts_globals : NULL,
                     prev ? prev->ts_nglobals : 0, cur->ts_globals, cur->ts_nglobals);
    write_objects(out, st, prev, cur);
    if (cur->ts_capped) {
        bputs(out, ",\"objects_capped\":true");
    }
    write_allocator(out, st);
    int nev = 0;
    write_counts(out, "alloc", st->allocs, st->nallocs, &nev);
    write_counts(out, "free", st->frees, st->nfrees, &nev);
    for (int i = 0; i < st->nevents; i++) {
        bputs(out, nev++ ? "," : ",\"events\":[");
        write_event(out, &st->events[i]);
    }
    if (nev) {
        bputc(out, ']');
    }
    if (st->final) {
        bputs(out, ",\"final\":true");
    }
    bputc(out, '}');
    if (out->failed) {
        return -1;
    }
    fwrite(out->data, 1, out->len, f);
    return 0;
}

void hs_trace_json_release(void) {
    free(step_buf.data);
    memset(&step_buf, 0, sizeof step_buf);
}
