// The viewer's side panels, each a render function of (viewer, state): the source with the
// current line, stdout, this step's events, the object detail, the live-object list (a
// virtual list: only the rows in view exist in the DOM), the allocator (arenas and pools
// filling, blocks per size class) and the collections timeline (a canvas, drawn once, plus a
// marker and the list of the latest collections up to this step).
'use strict';

const HEAP_ROW_H = 20;

function $(id) { return document.getElementById(id); }

// ==== source ====
function renderSource(v, st) {
  const file = st.file;
  if (v.sourceFile !== file) {
    v.sourceFile = file;
    const lines = (file && v.model.sources[file]) || [];
    $('source-file').textContent = file || '';
    $('source').innerHTML = lines.map((t, i) => `<div class="src-line" data-line="${i + 1}">` +
      `<span class="ln">${i + 1}</span><span class="code">${esc(t)}</span></div>`).join('') ||
      '<p class="hint">(no source for this file)</p>';
    v.curLineEl = null;
  }
  const el = $('source').querySelector(`.src-line[data-line="${st.line}"]`);
  if (v.curLineEl && v.curLineEl !== el) v.curLineEl.classList.remove('current');
  if (el) {
    el.classList.add('current');
    const box = $('source');
    if (el.offsetTop < box.scrollTop || el.offsetTop > box.scrollTop + box.clientHeight - 40) {
      box.scrollTop = Math.max(0, el.offsetTop - box.clientHeight / 3);
    }
  }
  v.curLineEl = el;
  const f = st.stack.length ? st.frames.get(st.stack[st.stack.length - 1]) : null;
  const ex = v.model.trace.exit;
  const end = !st.final ? '' : ' \u2014 program ended' + (ex ? `, exit ${ex.code}` +
    (ex.exception ? ' (' + ex.exception + ')' : '') : '');
  $('where').textContent = (file || '?') + ':' + st.line + (f ? ' in ' + (f.qualname || f.function) : '') +
    (st.offset !== null && st.offset !== undefined ? ' @' + st.offset : '') +
    (v.model.threads.size > 1 ? ' (thread ' + st.thread + ')' : '') + end;
}

// ==== stdout (and stderr, in red) ====
function renderStdout(v, st) {
  const out = v.model.outputUpTo(st.step, 65536);
  const key = st.step + ':' + out.chunks.length;
  const pre = $('stdout');
  if (v.stdoutKey === key) return;
  v.stdoutKey = key;
  pre.innerHTML = (out.cut ? '<span class="hint">\u2026(earlier output not shown)\n</span>' : '') +
    out.chunks.map((c) => (c.err ? `<span class="err">${esc(c.text)}</span>` : esc(c.text))).join('');
  pre.scrollTop = pre.scrollHeight;
}

// ==== this step's events ====
function eventText(e) {
  switch (e.kind) {
    case 'alloc':
    case 'free':
      if (e.count !== undefined) {
        const by = e.by_type ? Object.entries(e.by_type).map(([t, n]) => t + ' ' + n).join(', ') : '';
        return `${e.kind} \u00d7${e.count}${by ? ' (' + by + ')' : ''}`;
      }
      return `${e.kind} ${e.type || ''} ${e.id !== undefined ? e.id : ''}`;
    case 'gc':
      return `gc gen ${e.generation}: collected ${e.collected}` +
        `${e.candidates !== undefined ? ' of ' + e.candidates + ' candidates' : ''}, ` +
        `uncollectable ${e.uncollectable || 0}, pause ${fmtPause(e.pause_ns)}`;
    case 'call': return `call ${e.function || ''} (${e.frame})`;
    case 'return': return `return from ${e.frame}`;
    case 'exception': return `exception ${e.type}: ${e.message || ''}${e.frame ? ' (in ' + e.frame + ')' : ''}`;
    case 'stdout':
    case 'stderr': return `${e.kind} ${JSON.stringify(e.text)}`;
    case 'thread_switch': return `thread ${e.from} \u2192 ${e.to}`;
    default: return JSON.stringify(e);
  }
}

function renderEvents(v, st) {
  const s = v.model.step(st.step) || {};
  const evs = s.events || [];
  const items = evs.slice(0, 60).map((e) => `<li class="ev ev-${esc(e.kind)}">${esc(clip(eventText(e), 120))}</li>`);
  if (evs.length > 60) items.push(`<li class="hint">\u2026 ${evs.length - 60} more</li>`);
  const counts = `<li class="hint">objects: ${st.created.size} new, ${st.changed.size} changed, ` +
    `${st.freed.length} freed; ${st.objects.size} live</li>`;
  $('events').innerHTML = counts + items.join('');
}

function fmtPause(ns) {
  if (ns === undefined || ns === null) return '?';
  if (ns < 1000) return ns + ' ns';
  if (ns < 1e6) return (ns / 1000).toFixed(1) + ' \u00b5s';
  return (ns / 1e6).toFixed(2) + ' ms';
}

// ==== object detail ====
function renderDetail(v, st) {
  const id = v.selected;
  const box = $('detail');
  $('detail-id').textContent = id === null ? '' : String(id);
  if (id === null) return;
  let rec = st.objects.get(id);
  let state = 'live';
  if (!rec) {
    const fr = st.freed.find((p) => p[0] === id);
    rec = fr ? fr[1] : null;
    state = fr ? 'freed at this step' : 'not live at this step';
  }
  if (!rec) { box.innerHTML = `<p class="hint">${id}: ${state}</p>`; return; }
  const g = rec.gc || {};
  const a = rec.alloc;
  const rows = [
    ['type', rec.type], ['repr', rec.repr], ['state', state + (st.created.has(id) ? ', new' : '') +
      (st.changed.has(id) ? ', changed' : '')],
    ['refcount', rec.refcount], ['size', fmtSize(rec.size)], ['mutable', rec.mutable ? 'yes' : 'no'],
    ['gc', !rec.gc ? 'not a GC type' : g.tracked ?
      `tracked, generation ${g.generation}${g.finalized ? ', finalized' : ''}` : 'untracked'],
    ['allocator', a ? `arena ${a.arena}, pool ${a.pool}, size class ${a.size_class}` : 'not in a pool'],
  ];
  const edges = rec.edges || [];
  const er = edges.slice(0, 200).map(([l, t]) => `<li><span class="edge">${esc(l)}</span> \u2192 ` +
    `<a href="#" data-goto="${Number(t)}">${Number(t)}</a> ${esc(clip((st.objects.get(Number(t)) || {}).type || '', 20))}</li>`);
  if (edges.length > 200) er.push(`<li class="hint">\u2026 ${edges.length - 200} more</li>`);
  if (rec.edges_omitted) er.push(`<li class="hint">${rec.edges_omitted} more not in the trace</li>`);
  // Who refers to it (from the traced objects and the variables), computed on demand.
  const holders = [];
  for (const [oid, r] of st.objects) {
    for (const [l, t] of r.edges || []) {
      if (Number(t) === id) { holders.push(`<a href="#" data-goto="${oid}">${oid}</a> ${esc(r.type)}${esc(l)}`); }
    }
    if (holders.length > 50) break;
  }
  for (const fid of ['', ...st.stack]) {
    const vars = fid === '' ? st.globals : (st.frames.get(fid) || { locals: new Map() }).locals;
    for (const [name, t] of vars) if (t === id) holders.push(`variable ${esc(name)}${fid ? ' in ' + esc(fid) : ''}`);
  }
  box.innerHTML = '<table>' + rows.map(([k, val]) => `<tr><th>${k}</th><td>${esc(val)}</td></tr>`).join('') +
    '</table>' + `<h3>references (${edges.length})</h3><ul>${er.join('')}</ul>` +
    `<h3>referred to by</h3><ul>${holders.map((h) => '<li>' + h + '</li>').join('') || '<li class="hint">nothing traced</li>'}</ul>`;
}

// ==== live objects (virtual list) ====
function renderHeapList(v, st) {
  if (v.heapIdsStep !== st.step) {
    v.heapIds = Array.from(st.objects.keys()).sort((a, b) => a - b);
    v.heapIdsStep = st.step;
  }
  const ids = v.heapIds;
  $('heap-count').textContent = `(${ids.length})`;
  const list = $('heap-list');
  $('heap-spacer').style.height = ids.length * HEAP_ROW_H + 'px';
  const first = Math.max(0, Math.floor(list.scrollTop / HEAP_ROW_H) - 5);
  const count = Math.ceil((list.clientHeight || 300) / HEAP_ROW_H) + 10;
  const rows = [];
  for (let k = first; k < Math.min(ids.length, first + count); k++) {
    const id = ids[k];
    const r = st.objects.get(id);
    const cls = ['heap-row', r.mutable ? 'mutable' : 'immutable'];
    if (st.created.has(id)) cls.push('new'); else if (st.changed.has(id)) cls.push('changed');
    if (v.selected === id) cls.push('selected');
    rows.push(`<div class="${cls.join(' ')}" data-goto="${id}" style="top:${k * HEAP_ROW_H}px">` +
      `<span class="hid">${id}</span><span class="htype">${esc(clip(r.type, 14))}</span>` +
      `<span class="hrepr">${esc(clip(r.repr, 40))}</span>` +
      `<span class="hmeta">rc ${r.refcount} \u00b7 ${fmtSize(r.size)} \u00b7 ${gcText(r)}</span></div>`);
  }
  $('heap-rows').innerHTML = rows.join('');
}

function scrollHeapTo(v, id) {
  const k = v.heapIds ? v.heapIds.indexOf(id) : -1;
  if (k >= 0) $('heap-list').scrollTop = Math.max(0, k * HEAP_ROW_H - 60);
}

// ==== allocator ====
function renderAllocator(v, st) {
  const a = st.allocator || {};
  const sum = [];
  for (const key of ['arenas', 'pools_used', 'blocks_used']) {
    if (a[key] !== undefined) sum.push(`<span class="stat">${key.replace('_', ' ')} <b>${a[key]}</b></span>`);
  }
  // An arena holds 64 pools of 16 KiB (1 MiB): how full the arenas are, in pools.
  let fill = '';
  if (a.arenas && a.pools_used !== undefined) {
    const cap = a.arenas * 64;
    fill = (`<div class="fill" title="${a.pools_used} of ${cap} pools in ${a.arenas} arenas">` +
      `<span style="width:${Math.min(100, 100 * a.pools_used / cap).toFixed(1)}%"></span></div>`);
  }
  $('alloc-summary').innerHTML = (sum.join(' ') + fill) || '<span class="hint">no allocator data</span>';
  // Pools filling: the traced objects per (arena, pool), as a fraction of the pool's blocks.
  const pools = new Map();
  for (const r of st.objects.values()) {
    const al = r.alloc;
    if (!al || al.arena === undefined) continue;
    const key = al.arena + ':' + al.pool;
    const p = pools.get(key) || { arena: al.arena, pool: al.pool, sc: al.size_class, n: 0 };
    p.n++;
    pools.set(key, p);
  }
  const arenas = new Map();
  for (const p of pools.values()) {
    if (!arenas.has(p.arena)) arenas.set(p.arena, []);
    arenas.get(p.arena).push(p);
  }
  const rows = Array.from(arenas.keys()).sort((x, y) => x - y).slice(0, 24).map((ar) => {
    const cells = arenas.get(ar).sort((x, y) => x.pool - y.pool).map((p) => {
      const cap = p.sc ? Math.floor((16384 - 48) / p.sc) : 1;
      const fill = Math.min(1, p.n / cap);
      return `<span class="pool" title="arena ${ar} pool ${p.pool}: ${p.n} traced objects of ` +
        `${p.sc} B (${cap} blocks)" style="opacity:${(0.25 + 0.75 * fill).toFixed(2)}"></span>`;
    });
    return `<div class="arena"><span class="aname">arena ${ar}</span>${cells.join('')}</div>`;
  });
  $('arenas').innerHTML = rows.join('') || '';
  const sc = a.size_classes || {};
  const keys = Object.keys(sc).sort((x, y) => Number(x) - Number(y));
  let max = 1;
  for (const k of keys) max = Math.max(max, Number(sc[k]) || 0);
  $('size-classes').innerHTML = keys.map((k) => `<div class="sc"><span class="scname">${esc(k)} B</span>` +
    `<span class="bar" style="width:${(100 * (Number(sc[k]) || 0) / max).toFixed(1)}%"></span>` +
    `<span class="scn">${esc(sc[k])}</span></div>`).join('');
}

// ==== collections timeline ====
const GEN_COLOURS = ['#2e9e5b', '#e09b1a', '#d0453b'];

function drawTimelineBase(v) {
  const canvas = $('gc-timeline');
  const w = canvas.clientWidth || 600;
  canvas.width = w;
  const h = canvas.height;
  const base = document.createElement('canvas');
  base.width = w; base.height = h;
  const ctx = base.getContext('2d');
  const m = v.model;
  ctx.fillStyle = '#f4f4f7';
  ctx.fillRect(0, 0, w, h);
  // Live objects over time, as a light area.
  if (m.n && m.maxLive) {
    ctx.fillStyle = '#d9e2f2';
    for (let x = 0; x < w; x++) {
      const i = Math.min(m.n - 1, Math.floor((x / w) * m.n));
      const lh = (m.liveCount[i] / m.maxLive) * (h - 4);
      ctx.fillRect(x, h - lh, 1, lh);
    }
  }
  let maxPause = 1;
  for (const e of m.gcEvents) maxPause = Math.max(maxPause, e.pause_ns || 0);
  for (const e of m.gcEvents) {
    const x = Math.floor((e.step / Math.max(1, m.n - 1)) * (w - 3)) + 1;
    const ph = 6 + (h - 10) * Math.log1p(e.pause_ns || 0) / Math.log1p(maxPause);
    ctx.fillStyle = GEN_COLOURS[Math.min(2, e.generation | 0)] || '#888';
    ctx.fillRect(x, h - ph, 2, ph);
  }
  v.timelineBase = base;
}

function renderTimeline(v, st) {
  const canvas = $('gc-timeline');
  if (!v.timelineBase || v.timelineBase.width !== (canvas.clientWidth || 600)) drawTimelineBase(v);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(v.timelineBase, 0, 0);
  const m = v.model;
  const x = Math.floor((st.step / Math.max(1, m.n - 1)) * (canvas.width - 3)) + 1;
  ctx.fillStyle = '#1d4ed8';
  ctx.fillRect(x - 1, 0, 2, canvas.height);
  const k = m.gcCountUpTo(st.step);
  $('gc-count').textContent = `(${k} so far of ${m.gcEvents.length})`;
  const items = [];
  for (let j = k - 1; j >= Math.max(0, k - 30); j--) {
    const e = m.gcEvents[j];
    items.push(`<li class="gc gen${Math.min(2, e.generation | 0)}${e.step === st.step ? ' now' : ''}" ` +
      `data-step="${e.step}">step ${e.step}: gen ${e.generation} collected ${e.collected}` +
      `${e.uncollectable ? ', uncollectable ' + e.uncollectable : ''}, pause ${fmtPause(e.pause_ns)}</li>`);
  }
  $('gc-list').innerHTML = items.join('') ||
    `<li class="hint">${m.gcEvents.length ? 'no collection yet at this step' : 'no collections in this trace'}</li>`;
}

function timelineStepAt(v, clientX) {
  const canvas = $('gc-timeline');
  const rect = canvas.getBoundingClientRect();
  const m = v.model;
  const step = Math.round(((clientX - rect.left) / Math.max(1, rect.width)) * (m.n - 1));
  // Snap to a collection within 4 pixels, if any.
  let best = step, bestD = 4 * (m.n / Math.max(1, rect.width));
  for (const e of m.gcEvents) {
    const d = Math.abs(e.step - step);
    if (d <= bestD) { best = e.step; bestD = d; }
  }
  return best;
}
