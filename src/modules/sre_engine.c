/* The backtracking matcher of `_sre` (CPython 3.11: Modules/_sre/sre_lib.h, SRE(match) and
 * SRE(search)). It runs the word programs lib/_re_compiler.py emits (opcodes in
 * include/internal/hs_modules_sre.h) over str (any PEP 393 kind) or bytes.
 * Invariants: the C stack depth is constant whatever the pattern or subject: every choice
 * point, every undo record (an old mark, counter or lastindex) and every look-around or atomic
 * barrier is an entry of one heap stack, popped in LIFO order on failure, so a failure
 * restores exactly the state of the newest choice point. Look-around and atomic bodies end by
 * cutting the choice points above their barrier while keeping the undo records, so a later
 * failure still undoes their captures. run() is the dispatch loop: like the eval loop it stays
 * one function, each opcode body short, with helpers for the slow paths.
 * See docs/internals/re.md. */
#include "internal/hs_modules_sre.h"
#include "internal/hs_mem.h"
#include "internal/hs_obj_str.h"
#include "internal/hs_obj_unicode.h"
#include "hs/errors.h"

#include <string.h>

/* ==== the backtracking stack ==== */

/* Entry kinds. BRANCH: resume at 'pc' from position 'a'. MARK/REG: restore slot 'pc' to 'a'.
 * LASTINDEX: restore lastindex to 'a'. POS/NEG/ATOMIC: barriers of a look-around (position
 * 'a', continuation 'pc') or an atomic group. GREEDY1/LAZY1: a REPEAT1 at 'pc' that can
 * still give back / take one more character: 'a' the bound, 'b' the current position.
 * LAZYREP: the lazy REPEAT at 'pc' may run one more iteration from position 'a'. */
enum {
    BT_BRANCH,
    BT_MARK,
    BT_REG,
    BT_LASTINDEX,
    BT_POS,
    BT_NEG,
    BT_ATOMIC,
    BT_GREEDY1,
    BT_LAZY1,
    BT_LAZYREP
};

typedef struct BtEntry {
    uint32_t kind;
    uint32_t pc;
    Hs_ssize_t a;
    Hs_ssize_t b;
} BtEntry;

#define BT_LOCAL 64

typedef struct Machine {
    SreRun *run;
    BtEntry *stack;
    size_t top, cap;
    int fullmatch;
    Hs_ssize_t noempty_at; /* an empty match here fails (-1: none) */
    BtEntry local[BT_LOCAL];
} Machine;

/* Make room for one more entry. Returns 0, or -1 with MemoryError set. */
static int grow(Machine *m) {
    size_t cap = m->cap * 2;
    BtEntry *ns;
    if (m->stack == m->local) {
        ns = hs_mem_malloc(cap * sizeof(BtEntry));
        if (ns != NULL) {
            memcpy(ns, m->local, m->top * sizeof(BtEntry));
        }
    } else {
        ns = cap < ((size_t)-1) / sizeof(BtEntry) ? hs_mem_realloc(m->stack, cap * sizeof(BtEntry))
                                                    : NULL;
    }
    if (ns == NULL) {
        HsErr_NoMemory();
        return -1;
    }
    m->stack = ns;
    m->cap = cap;
    return 0;
}

static inline int push(Machine *m, uint32_t kind, uint32_t pc, Hs_ssize_t a, Hs_ssize_t b) {
    if (HS_UNLIKELY(m->top == m->cap) && grow(m) < 0) {
        return -1;
    }
    BtEntry *e = &m->stack[m->top++];
    e->kind = kind;
    e->pc = pc;
    e->a = a;
    e->b = b;
    return 0;
}

/* Undo one record entry (MARK, REG, LASTINDEX); other kinds are ignored. */
static void undo(Machine *m, const BtEntry *e) {
    if (e->kind == BT_MARK) {
        m->run->marks[e->pc] = e->a;
    } else if (e->kind == BT_REG) {
        m->run->regs[e->pc] = e->a;
    } else if (e->kind == BT_LASTINDEX) {
        m->run->lastindex = (int)e->a;
    }
}

/* The index of the newest barrier entry, or -1 if there is none. */
static Hs_ssize_t find_barrier(Machine *m) {
    for (size_t i = m->top; i > 0; i--) {
        uint32_t k = m->stack[i - 1].kind;
        if (k == BT_POS || k == BT_NEG || k == BT_ATOMIC) {
            return (Hs_ssize_t)(i - 1);
        }
    }
    return -1;
}

/* Cut at barrier 'b': drop it and the choice points above it, keep the undo records. */
static void cut(Machine *m, size_t b) {
    size_t out = b;
    for (size_t i = b + 1; i < m->top; i++) {
        uint32_t k = m->stack[i].kind;
        if (k == BT_MARK || k == BT_REG || k == BT_LASTINDEX) {
            m->stack[out++] = m->stack[i];
        }
    }
    m->top = out;
}

/* Undo every entry above barrier 'b' and drop them with it. */
static void unwind(Machine *m, size_t b) {
    while (m->top > b + 1) {
        undo(m, &m->stack[--m->top]);
    }
    m->top = b;
}

/* ==== characters ==== */

static inline uint32_t char_at(const SreRun *r, Hs_ssize_t i) {
    return hs_str_read(r->kind, r->data, i);
}

static uint32_t lower_of(const SreRun *r, uint32_t c) {
    if (c < 128 || !r->unicode_case) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
    uint32_t out[HS_UNI_MAX_CASE];
    hs_uni_lower_full(c, out);
    return out[0];
}

static uint32_t upper_of(const SreRun *r, uint32_t c) {
    if (c < 128 || !r->unicode_case) {
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    }
    uint32_t out[HS_UNI_MAX_CASE];
    return hs_uni_upper_full(c, out) == 1 ? out[0] : c;
}

/* 1 if 'a' and 'b' are equal ignoring case (simple case mappings). */
static int same_ignoring_case(const SreRun *r, uint32_t a, uint32_t b) {
    if (a == b) {
        return 1;
    }
    if (a < 128 && b < 128) {
        return lower_of(r, a) == lower_of(r, b);
    }
    return lower_of(r, a) == lower_of(r, b) || upper_of(r, a) == upper_of(r, b);
}

static int is_ascii_word(uint32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           c == '_';
}

static int is_word(uint32_t c, int ascii) {
    return ascii ? is_ascii_word(c) : (c == '_' || hs_uni_isalnum(c));
}

/* 1 if 'c' is in category 'cat' (SRE_CAT_*). */
static int in_category(uint32_t cat, uint32_t c) {
    int ascii = (cat & SRE_CAT_ASCII) != 0, r;
    switch (cat & ~(uint32_t)SRE_CAT_ASCII & ~1u) {
    case SRE_CAT_DIGIT:
        r = ascii ? (c >= '0' && c <= '9') : hs_uni_isdecimal(c);
        break;
    case SRE_CAT_SPACE:
        r = ascii ? (c == ' ' || (c >= '\t' && c <= '\r')) : hs_uni_isspace(c);
        break;
    default:
        r = is_word(c, ascii);
        break;
    }
    return (cat & 1u) ? !r : r;
}

/* 1 if 'c' matches the set whose words start at 'set' (after the SET opcode), ignoring
 * case and negation. */
static int set_has(const uint32_t *set, uint32_t c) {
    uint32_t size = set[0], nranges = set[2];
    const uint32_t *p = set + 3;
    for (uint32_t i = 0; i < nranges; i++, p += 2) {
        if (c >= p[0] && c <= p[1]) {
            return 1;
        }
    }
    for (const uint32_t *q = p; q < set + 1 + size; q++) {
        if (in_category(*q, c)) {
            return 1;
        }
    }
    return 0;
}

static int set_match(const SreRun *r, const uint32_t *set, uint32_t c) {
    int in = set_has(set, c);
    if (!in && (set[1] & SRE_SET_IGNORE)) {
        uint32_t lo = lower_of(r, c), up = upper_of(r, c);
        uint32_t lo_up = upper_of(r, lo); // U+0130 lowers to 'i', which [A-Z] holds as 'I'
        in = (lo != c && set_has(set, lo)) || (up != c && set_has(set, up)) ||
             (up != c && lower_of(r, up) != lo && set_has(set, lower_of(r, up))) ||
             (lo_up != c && lo_up != up && set_has(set, lo_up));
    }
    return (set[1] & SRE_SET_NEGATE) ? !in : in;
}

/* 1 if the one-character op at 'pc' matches code point 'c'. */
static int one_char(const SreRun *r, uint32_t pc, uint32_t c) {
    const uint32_t *op = r->code + pc;
    switch (op[0]) {
    case SRE_OP_CHAR:
        return c == op[1];
    case SRE_OP_CHAR_I:
        return same_ignoring_case(r, c, op[1]);
    case SRE_OP_NOT_CHAR:
        return c != op[1];
    case SRE_OP_NOT_CHAR_I:
        return !same_ignoring_case(r, c, op[1]);
    case SRE_OP_ANY:
        return c != '\n';
    case SRE_OP_ANY_ALL:
        return 1;
    case SRE_OP_SET:
        return set_match(r, op + 1, c);
    default:
        return 0;
    }
}

/* 1 if the anchor 'kind' holds at position 'i'. */
static int at_holds(const SreRun *r, uint32_t kind, Hs_ssize_t i) {
    Hs_ssize_t end = r->end;
    switch (kind) {
    case SRE_AT_BEGINNING:
        return i == 0;
    case SRE_AT_BEGINNING_LINE:
        return i == 0 || char_at(r, i - 1) == '\n';
    case SRE_AT_END:
        return i == end || (i == end - 1 && char_at(r, i) == '\n');
    case SRE_AT_END_LINE:
        return i == end || char_at(r, i) == '\n';
    case SRE_AT_END_STRING:
        return i == end;
    default:
        break;
    }
    if (end == 0) {
        return 0; // as CPython 3.11: neither \b nor \B matches in an empty string
    }
    int ascii = kind == SRE_AT_BOUNDARY_A || kind == SRE_AT_NON_BOUNDARY_A;
    int before = i > 0 && is_word(char_at(r, i - 1), ascii);
    int after = i < end && is_word(char_at(r, i), ascii);
    int boundary = before != after;
    return (kind == SRE_AT_BOUNDARY || kind == SRE_AT_BOUNDARY_A) ? boundary : !boundary;
}

/* 1 if group 'g' matched text equal to the subject at 'i' (setting '*after'). */
static int groupref(const SreRun *r, uint32_t g, int icase, Hs_ssize_t i, Hs_ssize_t *after) {
    Hs_ssize_t s = r->marks[2 * g], e = r->marks[2 * g + 1];
    if (s < 0 || e < 0 || e < s || i + (e - s) > r->end) {
        return 0;
    }
    for (Hs_ssize_t k = 0; k < e - s; k++) {
        uint32_t a = char_at(r, s + k), b = char_at(r, i + k);
        if (a != b && !(icase && same_ignoring_case(r, a, b))) {
            return 0;
        }
    }
    *after = i + (e - s);
    return 1;
}

/* ==== repeats of one character ==== */

/* How many times (<= 'max') the op at 'pc' matches from position 'i'. */
static Hs_ssize_t count_run(const SreRun *r, uint32_t pc, Hs_ssize_t i, uint32_t max) {
    Hs_ssize_t limit = r->end - i;
    if (max != SRE_MAXREPEAT && (Hs_ssize_t)max < limit) {
        limit = (Hs_ssize_t)max;
    }
    const uint32_t *op = r->code + pc;
    Hs_ssize_t n = 0;
    if (op[0] == SRE_OP_ANY_ALL) {
        return limit;
    }
    if (op[0] == SRE_OP_CHAR && r->kind == 1) {
        const unsigned char *d = (const unsigned char *)r->data + i;
        while (n < limit && d[n] == op[1]) {
            n++;
        }
        return n;
    }
    while (n < limit && one_char(r, pc, char_at(r, i + n))) {
        n++;
    }
    return n;
}

/* Greedy backtracking: the next position <= 'b' (and >= 'a') worth trying for a REPEAT1 at
 * 'pc', skipping positions where its literal continuation cannot match; -1 if none. */
static Hs_ssize_t greedy_next(const SreRun *r, uint32_t pc, Hs_ssize_t a, Hs_ssize_t b) {
    uint32_t cont = pc + 5 + r->code[pc + 4];
    if (r->code[cont] != SRE_OP_CHAR) {
        return b >= a ? b : -1;
    }
    uint32_t c = r->code[cont + 1];
    while (b >= a && (b >= r->end || char_at(r, b) != c)) {
        b--;
    }
    return b >= a ? b : -1;
}

/* Unwind the stack to the newest place to resume from and set '*sp' and '*pc' to it.
 * Returns 1 to resume, 0 when no choice is left (no match). */
static int backtrack(Machine *m0, Hs_ssize_t *sp, uint32_t *pc) {
    SreRun *r = m0->run;
    const uint32_t *code = r->code;
    while (m0->top > 0) {
        BtEntry *e = &m0->stack[m0->top - 1];
        Hs_ssize_t t;
        switch (e->kind) {
        case BT_BRANCH:
        case BT_NEG: // a negative look-around whose body failed holds: go on after it
            *sp = e->a;
            *pc = e->pc;
            m0->top--;
            return 1;
        case BT_LAZYREP: { // the tail failed: one more iteration of a lazy repeat
            uint32_t reg = 2 * code[e->pc + 1] + 1;
            *sp = e->a;
            *pc = e->pc + 6;
            e->kind = BT_REG; // becomes the undo record of the counter's start position
            e->pc = reg;
            e->a = r->regs[reg];
            r->regs[reg] = *sp;
            return 1;
        }
        case BT_GREEDY1:
            t = greedy_next(r, e->pc, e->a, e->b - 1);
            if (t < 0) {
                m0->top--;
                break;
            }
            e->b = t;
            *sp = t;
            *pc = e->pc + 5 + code[e->pc + 4];
            m0->top -= t == e->a; // nothing left to give back
            return 1;
        case BT_LAZY1:
            if (e->a >= e->b || !one_char(r, e->pc + 5, char_at(r, e->a))) {
                m0->top--;
                break;
            }
            *sp = ++e->a;
            *pc = e->pc + 5 + code[e->pc + 4];
            m0->top -= e->a >= e->b; // nothing left to take
            return 1;
        default:
            undo(m0, e);
            m0->top--;
            break;
        }
    }
    return 0;
}

/* Run the REPEAT1 at 'pc' from '*sp': take what the mode allows, leave a GREEDY1/LAZY1
 * entry when there is a choice left, and move '*sp' past what was taken. Returns 1, 0 when
 * it cannot match (fewer than min), -1 with MemoryError set. */
static int repeat1(Machine *m0, uint32_t pc, Hs_ssize_t *sp) {
    SreRun *r = m0->run;
    const uint32_t *op = r->code + pc;
    uint32_t min = op[1], max = op[2];
    Hs_ssize_t start = *sp, t = count_run(r, pc + 5, start, op[3] == SRE_LAZY ? min : max);
    if (t < (Hs_ssize_t)min) {
        return 0;
    }
    if (op[3] == SRE_LAZY) {
        Hs_ssize_t lim = max == SRE_MAXREPEAT ? r->end : start + (Hs_ssize_t)max;
        lim = lim < r->end ? lim : r->end;
        *sp = start + t;
        return lim > *sp ? (push(m0, BT_LAZY1, pc, *sp, lim) < 0 ? -1 : 1) : 1;
    }
    Hs_ssize_t lo = start + (Hs_ssize_t)min;
    *sp = start + t;
    if (op[3] == SRE_GREEDY) {
        Hs_ssize_t nx = greedy_next(r, pc, lo, *sp);
        if (nx < 0) {
            return 0;
        }
        *sp = nx;
        if (nx > lo && push(m0, BT_GREEDY1, pc, lo, nx) < 0) {
            return -1;
        }
    }
    return 1;
}

/* ==== the dispatch loop ==== */

#define FAIL goto fail
#define PUSH(k, p, a, b)                                                                       \
    do {                                                                                       \
        if (push(m0, (k), (p), (a), (b)) < 0) {                                             \
            goto error;                                                                        \
        }                                                                                      \
    } while (0)
#define SET_MARK(i, v)                                                                         \
    do {                                                                                       \
        PUSH(BT_MARK, (i), r->marks[(i)], 0);                                                  \
        r->marks[(i)] = (v);                                                                   \
    } while (0)
#define SET_REG(i, v)                                                                          \
    do {                                                                                       \
        PUSH(BT_REG, (i), r->regs[(i)], 0);                                                    \
        r->regs[(i)] = (v);                                                                    \
    } while (0)

/* Match the program at position 'start'. Returns 1 (marks filled), 0 or -1 (error set). */
static int run_at(Machine *m0, Hs_ssize_t start) {
    SreRun *r = m0->run;
    const uint32_t *code = r->code;
    uint32_t pc = code[0] == SRE_OP_INFO ? 3 : 0;
    Hs_ssize_t sp = start, t;
    int result = 0;
    for (;;) {
        const uint32_t *op = code + pc;
        switch (op[0]) {
        case SRE_OP_MATCH:
            if ((m0->fullmatch && sp != r->end) || (sp == start && start == m0->noempty_at)) {
                FAIL;
            }
            r->marks[0] = start;
            r->marks[1] = sp;
            result = 1;
            goto done;
        case SRE_OP_CHAR:
            if (sp >= r->end || char_at(r, sp) != op[1]) {
                FAIL;
            }
            sp++;
            pc += 2;
            break;
        case SRE_OP_CHAR_I:
        case SRE_OP_NOT_CHAR:
        case SRE_OP_NOT_CHAR_I:
        case SRE_OP_ANY:
        case SRE_OP_ANY_ALL:
            if (sp >= r->end || !one_char(r, pc, char_at(r, sp))) {
                FAIL;
            }
            sp++;
            pc += (op[0] == SRE_OP_ANY || op[0] == SRE_OP_ANY_ALL) ? 1 : 2;
            break;
        case SRE_OP_SET:
            if (sp >= r->end || !set_match(r, op + 1, char_at(r, sp))) {
                FAIL;
            }
            sp++;
            pc += 2 + op[1];
            break;
        case SRE_OP_AT:
            if (!at_holds(r, op[1], sp)) {
                FAIL;
            }
            pc += 2;
            break;
        case SRE_OP_SAVE:
            SET_MARK(op[1], sp);
            if (op[1] & 1u) {
                PUSH(BT_LASTINDEX, 0, r->lastindex, 0);
                r->lastindex = (int)(op[1] / 2);
            }
            pc += 2;
            break;
        case SRE_OP_JMP:
            pc = op[1];
            break;
        case SRE_OP_BRANCH:
            PUSH(BT_BRANCH, op[1], sp, 0);
            pc += 2;
            break;
        case SRE_OP_REPEAT_INIT:
            SET_REG(2 * op[1], 0);
            SET_REG(2 * op[1] + 1, -1);
            pc += 2;
            break;
        case SRE_OP_REPEAT: {
            Hs_ssize_t n = r->regs[2 * op[1]];
            if (n < (Hs_ssize_t)op[2]) {
                pc += 6; // a required iteration
                break;
            }
            if ((op[3] != SRE_MAXREPEAT && n >= (Hs_ssize_t)op[3]) ||
                sp == r->regs[2 * op[1] + 1]) {
                pc = op[5]; // at the maximum, or the last optional iteration began here
                break;
            }
            if (op[4]) {
                PUSH(BT_LAZYREP, pc, sp, 0);
                pc = op[5];
            } else {
                SET_REG(2 * op[1] + 1, sp);
                PUSH(BT_BRANCH, op[5], sp, 0);
                pc += 6;
            }
            break;
        }
        case SRE_OP_REPEAT_NEXT:
            SET_REG(2 * op[1], r->regs[2 * op[1]] + 1);
            pc = op[2];
            break;
        case SRE_OP_REPEAT1:
            t = repeat1(m0, pc, &sp);
            if (t <= 0) {
                if (t < 0) {
                    goto error;
                }
                FAIL;
            }
            pc += 5 + op[4];
            break;
        case SRE_OP_ATOMIC:
            PUSH(BT_ATOMIC, 0, sp, 0);
            pc += 1;
            break;
        case SRE_OP_LOOK: {
            PUSH(op[1] ? BT_NEG : BT_POS, op[3], sp, 0);
            if (op[2] > 0) {
                if (sp < (Hs_ssize_t)op[2]) {
                    FAIL; // a negative look-behind then succeeds, a positive one fails
                }
                sp -= (Hs_ssize_t)op[2];
            }
            pc += 4;
            break;
        }
        case SRE_OP_ATOMIC_END:
        case SRE_OP_LOOK_END: {
            Hs_ssize_t b = find_barrier(m0);
            if (b < 0) {
                FAIL;
            }
            BtEntry bar = m0->stack[b];
            if (bar.kind == BT_NEG) {
                unwind(m0, (size_t)b);
                FAIL;
            }
            cut(m0, (size_t)b);
            if (bar.kind == BT_POS) {
                sp = bar.a;
            }
            pc += 1;
            break;
        }
        case SRE_OP_GROUPREF:
        case SRE_OP_GROUPREF_I:
            if (!groupref(r, op[1], op[0] == SRE_OP_GROUPREF_I, sp, &t)) {
                FAIL;
            }
            sp = t;
            pc += 2;
            break;
        case SRE_OP_GROUPREF_EXISTS:
            if (r->marks[2 * op[1]] >= 0 && r->marks[2 * op[1] + 1] >= 0) {
                pc += 3;
            } else {
                pc = op[2];
            }
            break;
        default:
            FAIL;
        }
        continue;
    fail:
        t = backtrack(m0, &sp, &pc);
        if (t <= 0) {
            result = (int)t;
            goto done;
        }
    }
error:
    result = -1;
done:
    m0->top = 0;
    return result;
}

/* ==== internal API ==== */

/* Reset the marks, counters and lastindex before a try. */
static void reset(SreRun *r) {
    for (int i = 0; i < r->nmarks; i++) {
        r->marks[i] = -1;
    }
    for (int i = 0; i < r->nregs; i++) {
        r->regs[i] = 0;
    }
    r->lastindex = 0;
}

/* The next position >= 'i' where code point 'c' occurs, or -1. */
static Hs_ssize_t find_char(const SreRun *r, Hs_ssize_t i, uint32_t c) {
    if (r->kind == 1) {
        if (c > 255) {
            return -1;
        }
        const unsigned char *d = r->data;
        const unsigned char *p = memchr(d + i, (int)c, (size_t)(r->end - i));
        return p != NULL ? p - d : -1;
    }
    for (; i < r->end; i++) {
        if (char_at(r, i) == c) {
            return i;
        }
    }
    return -1;
}

/* The address of a one-character op every match must start with (after SAVEs, or inside a
 * leading REPEAT1 of at least one), or -1. */
static int64_t first_char_op(const SreRun *r) {
    const uint32_t *code = r->code;
    uint32_t pc = code[0] == SRE_OP_INFO ? 3 : 0;
    while (code[pc] == SRE_OP_SAVE) {
        pc += 2;
    }
    if (code[pc] == SRE_OP_REPEAT1 && code[pc + 1] >= 1) {
        pc += 5;
    }
    return code[pc] >= SRE_OP_CHAR && code[pc] <= SRE_OP_SET ? (int64_t)pc : -1;
}

int hs_sre_run(SreRun *run, Hs_ssize_t pos, int mode) {
    Machine m;
    m.run = run;
    m.stack = m.local;
    m.cap = BT_LOCAL;
    m.top = 0;
    m.fullmatch = mode == SRE_MODE_FULLMATCH;
    m.noempty_at = run->must_advance ? pos : -1;
    int64_t prefix = -1;
    int anchored = 0, res = 0;
    if (run->codelen >= 3 && run->code[0] == SRE_OP_INFO) {
        prefix = run->code[1] == SRE_MAXREPEAT ? -1 : (int64_t)run->code[1];
        anchored = run->code[2];
    }
    int64_t first = mode == SRE_MODE_SEARCH && prefix < 0 ? first_char_op(run) : -1;
    for (Hs_ssize_t i = pos; i <= run->end; i++) {
        if (mode == SRE_MODE_SEARCH && prefix >= 0) {
            i = find_char(run, i, (uint32_t)prefix);
            if (i < 0) {
                break;
            }
        } else if (first >= 0) {
            while (i < run->end && !one_char(run, (uint32_t)first, char_at(run, i))) {
                i++; // no match can start where its first character cannot
            }
            if (i >= run->end) {
                break;
            }
        }
        reset(run);
        res = run_at(&m, i);
        if (res != 0 || mode != SRE_MODE_SEARCH || anchored) {
            break;
        }
    }
    if (m.stack != m.local) {
        hs_mem_free(m.stack);
    }
    return res;
}
