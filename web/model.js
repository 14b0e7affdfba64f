// The trace model: rebuilds the program state at any step from the trace's per-step deltas
// (docs/trace-format.md). One pass at load applies every delta in order, saving a checkpoint
// (the full state) every CHECKPOINT_EVERY steps and indexing what the timeline panels need
// (collections, stdout, per-step live-object counts). seek(n) then restores the nearest
// checkpoint at or before n and applies at most CHECKPOINT_EVERY - 1 deltas, so any jump costs
// the same; stepping forwards applies one delta. Object records are never mutated (a change
// makes a new record), so a checkpoint shares them and copies only the maps. A checkpoint holds
// only the frames on the stack: a frame that leaves it (a return, or a generator's yield, or a
// thread switch) goes to an archive, versioned by step, and comes back from there when it
// reappears (a generator's frame keeps its id and is not described again).
'use strict';

const CHECKPOINT_EVERY = 1000;
const EMPTY_SET = new Set();    // shared by the steps that change nothing: never added to
const EMPTY_MAP = new Map();
const EMPTY_LIST = [];

// A REF is {"ref": ID}; a bare number is accepted too. Returns the id or null.
function refId(r) {
  if (typeof r === 'number') return r;
  if (r && typeof r === 'object' && r.ref !== undefined && r.ref !== null) return Number(r.ref);
  return null;
}

function emptyState() {
  return {
    step: -1,
    objects: new Map(),   // id -> record {type, repr, size, refcount, mutable, gc, alloc, edges}
    frames: new Map(),    // frame id -> {id, function, qualname, file, line, locals: Map}
    globals: new Map(),   // name -> id (or null)
    stack: [],
    allocator: null,
    file: null, line: 0, offset: null, thread: 1,
    // What the last applied step did, for highlighting:
    created: new Set(),       // ids new at this step
    changed: new Map(),       // id -> its record before this step
    freed: [],                // [id, last record] freed at this step
    varsChanged: new Set(),   // 'frameid\0name' or '\0name' (globals)
  };
}

// Apply an edges_patch: {set: [[label, ID]], del: [label]} (docs/trace-format.md).
function patchEdges(edges, patch) {
  const out = (edges || []).slice();
  const at = new Map(out.map((e, k) => [e[0], k]));
  for (const [label, id] of patch.set || []) {
    if (at.has(label)) out[at.get(label)] = [label, id];
    else { at.set(label, out.length); out.push([label, id]); }
  }
  if (patch.del && patch.del.length) {
    const del = new Set(patch.del);
    return out.filter((e) => !del.has(e[0]));
  }
  return out;
}

function mergeRecord(old, part) {
  if (!old) return part;
  const r = Object.assign({}, old, part);
  if (part.edges_patch) {
    r.edges = patchEdges(old.edges, part.edges_patch);
    delete r.edges_patch;
  }
  if (part.gc && old.gc && typeof part.gc === 'object') r.gc = Object.assign({}, old.gc, part.gc);
  if (part.alloc && old.alloc && typeof part.alloc === 'object') {
    r.alloc = Object.assign({}, old.alloc, part.alloc);
  }
  return r;
}

function applyNames(map, delta, tag, changedSet) {
  if (!delta) return;
  if (delta.set) {
    for (const name of Object.keys(delta.set)) {
      map.set(name, refId(delta.set[name]));
      changedSet.add(tag + '\0' + name);
    }
  }
  if (delta.del) {
    for (const name of delta.del) {
      map.delete(name);
      changedSet.add(tag + '\0' + name);
    }
  }
}

// Apply step 's' (its index 'i') to 'st' in place. 'archive' keeps the frames off the stack.
function applyStep(st, s, i, archive) {
  // Most steps change little: share empty sets until something is added (fewer allocations in
  // the load pass over 200,000 steps).
  st.created = EMPTY_SET;
  st.changed = EMPTY_MAP;
  st.freed = EMPTY_LIST;
  st.varsChanged = (s.globals || s.frames) ? new Set() : EMPTY_SET;
  const od = s.objects;
  if (od) {
    st.created = new Set();
    st.changed = new Map();
    st.freed = [];
    if (od.freed) {
      for (const raw of od.freed) {
        const id = Number(raw);
        const rec = st.objects.get(id);
        if (rec) st.freed.push([id, rec]);
        st.objects.delete(id);
      }
    }
    if (od.new) {
      for (const k of Object.keys(od.new)) {
        const id = Number(k);
        st.objects.set(id, od.new[k]);
        st.created.add(id);
      }
    }
    if (od.changed) {
      for (const k of Object.keys(od.changed)) {
        const id = Number(k);
        const old = st.objects.get(id);
        if (old && !st.created.has(id)) st.changed.set(id, old);
        st.objects.set(id, mergeRecord(old, od.changed[k]));
      }
    }
  }
  if (s.stack) st.stack = s.stack.map(String);
  for (const fid of st.stack) {
    if (!st.frames.has(fid) && archive) {
      const f = archive.lookup(fid, i);
      if (f) st.frames.set(fid, cloneFrame(f));
    }
  }
  if (s.frames) {
    for (const fid of Object.keys(s.frames)) {
      const fd = s.frames[fid];
      let f = st.frames.get(fid);
      if (!f) {
        f = { id: fid, function: fid, qualname: null, file: null, line: 0, locals: new Map() };
        st.frames.set(fid, f);
      }
      if (fd.function !== undefined) f.function = fd.function;
      if (fd.qualname !== undefined) f.qualname = fd.qualname;
      if (fd.file !== undefined) f.file = fd.file;
      if (fd.line !== undefined) f.line = fd.line;
      applyNames(f.locals, fd.locals, fid, st.varsChanged);
    }
  }
  // The innermost frame's line is the step's line (the trace writes it only on first sight).
  if (st.stack.length && s.line !== undefined) {
    const top = st.frames.get(st.stack[st.stack.length - 1]);
    if (top) top.line = s.line;
  }
  if (st.frames.size > st.stack.length) {
    const on = new Set(st.stack);
    for (const [fid, f] of st.frames) {
      if (on.has(fid)) continue;
      if (archive && archive.recording) archive.store(fid, i, f);
      st.frames.delete(fid);
    }
  }
  applyNames(st.globals, s.globals, '', st.varsChanged);
  if (s.allocator) {
    const a = Object.assign({}, st.allocator || {}, s.allocator);
    if (s.allocator.size_classes && st.allocator && st.allocator.size_classes) {
      a.size_classes = Object.assign({}, st.allocator.size_classes, s.allocator.size_classes);
    }
    st.allocator = a;
  }
  if (s.file !== undefined) st.file = s.file;
  if (s.line !== undefined) st.line = s.line;
  st.offset = s.offset !== undefined ? s.offset : null;
  if (s.thread !== undefined) st.thread = s.thread;
  st.final = !!s.final;
  st.capped = !!s.objects_capped;
  st.step = i;
}

function cloneFrame(f) {
  return { id: f.id, function: f.function, qualname: f.qualname, file: f.file, line: f.line,
           locals: new Map(f.locals) };
}

function snapshot(st) {
  const objs = new Array(st.objects.size * 2);
  let k = 0;
  for (const [id, rec] of st.objects) { objs[k++] = id; objs[k++] = rec; }
  return {
    step: st.step, objects: objs,
    frames: Array.from(st.frames.values(), cloneFrame),
    globals: Array.from(st.globals), stack: st.stack.slice(), allocator: st.allocator,
    file: st.file, line: st.line, offset: st.offset, thread: st.thread,
    created: st.created, changed: st.changed, freed: st.freed, varsChanged: st.varsChanged,
  };
}

function restore(cp) {
  const st = emptyState();
  const o = cp.objects;
  for (let k = 0; k < o.length; k += 2) st.objects.set(o[k], o[k + 1]);
  for (const f of cp.frames) st.frames.set(f.id, cloneFrame(f));
  st.globals = new Map(cp.globals);
  st.stack = cp.stack.slice();
  st.allocator = cp.allocator;
  st.file = cp.file; st.line = cp.line; st.offset = cp.offset; st.thread = cp.thread;
  st.created = cp.created; st.changed = cp.changed; st.freed = cp.freed;
  st.varsChanged = cp.varsChanged;
  st.step = cp.step;
  return st;
}

// The frames that left the stack: frame id -> [[step it left, frame], ...] in step order.
class FrameArchive {
  constructor() { this.byId = new Map(); this.recording = true; }
  store(fid, step, f) {
    if (!this.byId.has(fid)) this.byId.set(fid, []);
    this.byId.get(fid).push([step, f]);     // 'f' is no longer in any state: no copy needed
  }
  // The frame as it was when it last left the stack before step 'step', or null.
  lookup(fid, step) {
    const v = this.byId.get(fid);
    if (!v) return null;
    let lo = 0, hi = v.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (v[m][0] < step) lo = m + 1; else hi = m; }
    return lo ? v[lo - 1][1] : null;
  }
}

class TraceModel {
  constructor(trace) {
    this.trace = trace || {};
    this.steps = Array.isArray(this.trace.steps) ? this.trace.steps : [];
    this.n = this.steps.length;
    this.sources = this.trace.sources || {};
    this.gcEvents = [];        // {step, generation, collected, uncollectable, pause_ns}
    this.outChunks = [];       // {step, text}
    this.liveCount = new Int32Array(this.n);
    this.stepFile = new Array(this.n);      // the file of each step (a step names it on change)
    this.checkpoints = [];
    this.maxLive = 0;
    this.threads = new Set();
    this.archive = new FrameArchive();
    this.index();
    this.archive.recording = false;
    this.state = this.n ? restore(this.checkpoints[0]) : emptyState();
  }

  // The load pass: apply every delta once, keep checkpoints, index events.
  index() {
    const st = emptyState();
    for (let i = 0; i < this.n; i++) {
      const s = this.steps[i];
      applyStep(st, s, i, this.archive);
      this.liveCount[i] = st.objects.size;
      this.stepFile[i] = st.file;
      if (st.objects.size > this.maxLive) this.maxLive = st.objects.size;
      if (s.thread !== undefined) this.threads.add(s.thread);
      if (s.events) {
        for (const e of s.events) {
          if (e.kind === 'gc') this.gcEvents.push(Object.assign({ step: i }, e));
          else if ((e.kind === 'stdout' || e.kind === 'stderr') && e.text) {
            this.outChunks.push({ step: i, text: e.text, err: e.kind === 'stderr' });
          }
        }
      }
      if (i % CHECKPOINT_EVERY === 0) this.checkpoints.push(snapshot(st));
    }
  }

  // Make this.state the state after step 'n' (clamped). Returns the state.
  seek(n) {
    if (!this.n) return this.state;
    n = Math.max(0, Math.min(this.n - 1, n | 0));
    const cur = this.state.step;
    if (n === cur) return this.state;
    const c = Math.floor(n / CHECKPOINT_EVERY);
    let st = this.state;
    if (!(n > cur && cur >= c * CHECKPOINT_EVERY)) {
      st = restore(this.checkpoints[c]);
    }
    for (let i = st.step + 1; i <= n; i++) applyStep(st, this.steps[i], i, this.archive);
    this.state = st;
    return st;
  }

  step(n) { return this.steps[n]; }

  // The first step after 'from' (wrapping round) at 'line' of 'file', or -1.
  nextAtLine(from, file, line) {
    for (let k = 1; k <= this.n; k++) {
      const i = (from + k) % this.n;
      if (this.steps[i].line === line && this.stepFile[i] === file) return i;
    }
    return -1;
  }

  // The program's output (stdout and stderr) up to and including step 'n': the last chunks,
  // at most about 'limit' characters. Returns {chunks: [{text, err}], cut}.
  outputUpTo(n, limit) {
    const ch = this.outChunks;
    let lo = 0, hi = ch.length;               // first chunk with step > n
    while (lo < hi) { const m = (lo + hi) >> 1; if (ch[m].step <= n) lo = m + 1; else hi = m; }
    const chunks = [];
    let size = 0;
    for (let k = lo - 1; k >= 0 && size < limit; k--) { chunks.push(ch[k]); size += ch[k].text.length; }
    chunks.reverse();
    let cut = chunks.length < lo;
    if (size > limit) {
      const c = chunks[0];
      chunks[0] = { text: c.text.slice(size - limit), err: c.err };
      cut = true;
    }
    return { chunks, cut };
  }

  // Collections that happened at or before step 'n' (how many).
  gcCountUpTo(n) {
    const g = this.gcEvents;
    let lo = 0, hi = g.length;
    while (lo < hi) { const m = (lo + hi) >> 1; if (g[m].step <= n) lo = m + 1; else hi = m; }
    return lo;
  }
}
