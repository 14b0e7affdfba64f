// The stack-and-heap diagram (SVG): frames on the left (the main module's globals first, then
// the stack outermost to innermost) with a row per variable, heap objects as boxes in columns
// by distance from the variables, an arrow per reference. Only what can be seen is laid out:
// objects reachable from the shown frames, breadth first, up to 'limit' boxes ("show more"
// raises it), and the first EDGES_SHOWN references of each box (each click on "+N more" shows
// EDGES_MORE more of that object's). Objects freed at this step are drawn as ghosts in a last column.
'use strict';

const G = {
  FRAME_X: 10, FRAME_W: 210, ROW_H: 18, HEAD_H: 22, GAP: 14,
  OBJ_X0: 300, COL_W: 260, OBJ_W: 220, LINE_H: 16,
  EDGES_SHOWN: 8, EDGES_MORE: 50, FRAMES_SHOWN: 12, VARS_SHOWN: 40, FREED_SHOWN: 20,
};

function esc(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;',
                                                  '"': '&quot;', "'": '&#39;' })[c]);
}

function clip(s, n) {
  s = String(s === undefined || s === null ? '' : s);
  return s.length > n ? s.slice(0, n - 1) + '\u2026' : s;
}

function fmtSize(n) {
  if (n === undefined || n === null) return '?';
  if (n < 10240) return n + ' B';
  if (n < 10485760) return (n / 1024).toFixed(1) + ' KiB';
  return (n / 1048576).toFixed(1) + ' MiB';
}

// The frames to draw: [{key, title, sub, vars: Map name -> id, current}]. The outermost
// <module> frame is the Global frame (its names are the globals), as Python Tutor draws it.
function shownFrames(st, model) {
  const stack = st.stack;
  const glob = { key: '', title: 'Global frame', sub: '', vars: st.globals, current: false };
  let start = 0;
  if (stack.length) {
    const f0 = st.frames.get(stack[0]);
    if (f0 && f0.function === '<module>') {
      start = 1;
      glob.sub = 'line ' + f0.line;
      glob.current = stack.length === 1;
    }
  }
  const out = [glob];
  const first = Math.max(start, stack.length - G.FRAMES_SHOWN);
  if (first > start) {
    out.push({ key: null, title: '\u2026 ' + (first - start) + ' outer frames not shown',
               vars: new Map(), note: true });
  }
  for (let k = first; k < stack.length; k++) {
    const f = st.frames.get(stack[k]);
    out.push({ key: stack[k], title: f ? (f.qualname || f.function) : stack[k],
               sub: f ? 'line ' + f.line : '', current: k === stack.length - 1,
               vars: f ? f.locals : new Map() });
  }
  return out;
}

// Lay out the diagram for state 'st'. opts: {limit, focus, expanded: Map id -> references shown}.
// Returns {frames, boxes: Map id -> box, order: [ids], freed: [boxes], width, height, more}.
function layoutGraph(st, model, opts) {
  const frames = shownFrames(st, model);
  let y = 10;
  const roots = [];   // [id, source y]
  for (const fr of frames) {
    fr.y = y;
    const names = Array.from(fr.vars.keys());
    fr.rows = names.slice(0, G.VARS_SHOWN).map((name, i) => {
      const id = fr.vars.get(name);
      const ry = y + G.HEAD_H + i * G.ROW_H + G.ROW_H / 2;
      if (id !== null && st.objects.has(id)) roots.push([id, ry]);
      return { name, id, y: ry };
    });
    fr.more = Math.max(0, names.length - G.VARS_SHOWN);
    fr.h = G.HEAD_H + (fr.rows.length + (fr.more ? 1 : 0)) * G.ROW_H + 6;
    if (fr.note) fr.h = G.HEAD_H;
    y += fr.h + G.GAP;
  }
  const framesBottom = y;
  if (opts.focus !== null && opts.focus !== undefined && st.objects.has(opts.focus)) {
    roots.unshift([opts.focus, 10]);
  }
  const boxes = new Map();
  const order = [];
  const colY = [];
  let fresh = [];
  let more = false;
  const place = (id, depth, wantY) => {
    if (boxes.has(id)) return;
    if (order.length >= opts.limit) { more = true; return; }
    const rec = st.objects.get(id);
    const edges = rec.edges || [];
    // Up to EDGES_SHOWN references, or all when only a few more (no "+2 more" for a 10-list).
    const base = edges.length <= G.EDGES_SHOWN + 4 ? edges.length : G.EDGES_SHOWN;
    const nShown = Math.min(edges.length, opts.expanded.get(id) || base);
    const extra = edges.length > nShown || rec.edges_omitted ? G.LINE_H : 0;
    const h = G.HEAD_H + 2 * G.LINE_H + nShown * G.LINE_H + extra + 6;
    const top = Math.max(colY[depth] || 10, wantY - 12);
    const box = { id, rec, depth, x: G.OBJ_X0 + depth * G.COL_W, y: top, h, nShown };
    colY[depth] = top + h + G.GAP;
    boxes.set(id, box);
    order.push(id);
    fresh.push(box);
  };
  for (const [id, ry] of roots) place(id, 0, ry);
  while (fresh.length) {
    const cur = fresh;
    fresh = [];
    for (const box of cur) {
      const edges = box.rec.edges || [];
      for (let k = 0; k < box.nShown; k++) {
        const tid = Number(edges[k][1]);
        if (!boxes.has(tid) && st.objects.has(tid)) {
          place(tid, box.depth + 1, box.y + G.HEAD_H + (2 + k) * G.LINE_H);
        }
      }
    }
  }
  const ncols = colY.length;
  const freedX = G.OBJ_X0 + ncols * G.COL_W;
  const freed = [];
  let fy = 30;
  for (const [id, rec] of st.freed.slice(0, G.FREED_SHOWN)) {
    const h = G.HEAD_H + 2 * G.LINE_H + 6;
    freed.push({ id, rec, x: freedX, y: fy, h, nShown: 0, ghost: true });
    fy += h + G.GAP;
  }
  let height = framesBottom;
  for (const cy of colY) height = Math.max(height, cy || 0);
  height = Math.max(height, fy) + 20;
  const width = (freed.length ? freedX + G.OBJ_W : G.OBJ_X0 + Math.max(1, ncols) * G.COL_W) + 20;
  return { frames, boxes, order, freed, width, height, more, freedX,
           freedMore: Math.max(0, st.freed.length - G.FREED_SHOWN) };
}

// An arrow from (sx, sy) to the box at (tx, ty): into its left side when it is further right,
// else (a reference back or within a column, as in a cycle) round into its right side.
function arrowPath(sx, sy, tx, ty) {
  if (tx > sx + 20) {
    const dx = Math.max(40, (tx - sx) / 2);
    return `M${sx},${sy} C${sx + dx},${sy} ${tx - dx},${ty} ${tx},${ty}`;
  }
  const rx = tx + G.OBJ_W;
  const out = Math.max(sx, rx) + 40 + Math.min(60, Math.abs(sy - ty) / 6);
  return `M${sx},${sy} C${out},${sy} ${out},${ty} ${rx},${ty}`;
}

function gcText(rec) {
  const g = rec.gc;
  if (!g) return 'no gc';
  if (!g.tracked) return 'untracked';
  let s = 'gen ' + (g.generation === undefined || g.generation === null ? '?' : g.generation);
  if (g.finalized) s += ' fin';
  return s;
}

function boxSvg(box, st, lay, sel) {
  const rec = box.rec;
  const cls = ['obj', rec.mutable ? 'mutable' : 'immutable'];
  if (box.ghost) cls.push('freed');
  else if (st.created.has(box.id)) cls.push('new');
  else if (st.changed.has(box.id)) cls.push('changed');
  if (sel === box.id) cls.push('selected');
  const x = box.x, y = box.y, w = G.OBJ_W;
  const prev = st.changed.get(box.id);
  let rc = 'rc ' + rec.refcount;
  if (prev && prev.refcount !== rec.refcount) rc = 'rc ' + prev.refcount + '\u2192' + rec.refcount;
  const parts = [
    `<g class="${cls.join(' ')}" data-id="${box.id}">`,
    `<title>${esc(rec.type + ' at ' + box.id + '\n' + (rec.repr || ''))}</title>`,
    `<rect class="box" x="${x}" y="${y}" width="${w}" height="${box.h}" rx="4"/>`,
    `<rect class="head" x="${x}" y="${y}" width="${w}" height="${G.HEAD_H}" rx="4"/>`,
    `<text class="type" x="${x + 6}" y="${y + 15}">${esc(clip(rec.type, 16))}</text>`,
    `<text class="oid" x="${x + w - 6}" y="${y + 15}" text-anchor="end">${box.id}</text>`,
    `<text class="repr" x="${x + 6}" y="${y + G.HEAD_H + 12}">${esc(clip(rec.repr, 32))}</text>`,
    `<text class="meta" x="${x + 6}" y="${y + G.HEAD_H + G.LINE_H + 12}">${esc(rc + ' \u00b7 ' +
        fmtSize(rec.size) + ' \u00b7 ' + gcText(rec))}</text>`,
  ];
  const edges = rec.edges || [];
  const arrows = [];
  for (let k = 0; k < box.nShown; k++) {
    const [label, rawTid] = edges[k];
    const tid = Number(rawTid);
    const ey = y + G.HEAD_H + (2 + k) * G.LINE_H;
    const target = lay.boxes.get(tid);
    parts.push(`<text class="edge" x="${x + 10}" y="${ey + 12}">${esc(clip(label, 20))}</text>`);
    if (target) {
      parts.push(`<circle class="dot" cx="${x + w - 10}" cy="${ey + 8}" r="3"/>`);
      arrows.push(arrowPath(x + w - 10, ey + 8, target.x, target.y + 11));
    } else {
      const live = st.objects.has(tid);
      parts.push(`<text class="off ${live ? '' : 'dead'}" data-goto="${tid}" x="${x + w - 8}" ` +
                 `y="${ey + 12}" text-anchor="end">\u2192 ${tid}</text>`);
    }
  }
  const omitted = rec.edges_omitted || 0;
  if (edges.length > box.nShown || omitted) {
    const ey = y + G.HEAD_H + (2 + box.nShown) * G.LINE_H;
    const untraced = omitted ? `${edges.length > box.nShown ? ', ' : ''}+${omitted} not traced` : '';
    if (edges.length > box.nShown) {
      parts.push(`<text class="expand" data-expand="${box.id}" data-shown="${box.nShown}" x="${x + 10}" ` +
                 `y="${ey + 12}">+${edges.length - box.nShown} more (show ${G.EDGES_MORE})${untraced}</text>`);
    } else {
      parts.push(`<text class="frame-note" x="${x + 10}" y="${ey + 12}">${untraced}</text>`);
    }
  }
  parts.push('</g>');
  return { svg: parts.join(''), arrows };
}

function frameSvg(fr, st, lay) {
  const x = G.FRAME_X, w = G.FRAME_W;
  if (fr.note) {
    return { svg: `<text class="frame-note" x="${x}" y="${fr.y + 14}">${esc(fr.title)}</text>`,
             arrows: [] };
  }
  const cls = ['frame'];
  if (fr.current) cls.push('current');
  const parts = [`<g class="${cls.join(' ')}" data-frame="${esc(fr.key)}">`,
    `<rect class="box" x="${x}" y="${fr.y}" width="${w}" height="${fr.h}" rx="4"/>`,
    `<text class="fname" x="${x + 6}" y="${fr.y + 15}">${esc(clip(fr.title, 22))}</text>`,
    `<text class="fsub" x="${x + w - 6}" y="${fr.y + 15}" text-anchor="end">${esc(clip(fr.sub, 14))}</text>`];
  const arrows = [];
  for (const row of fr.rows) {
    const changed = st.varsChanged.has(fr.key + '\0' + row.name);
    parts.push(`<text class="var${changed ? ' changed' : ''}" data-var="${esc(row.name)}" x="${x + 8}" ` +
               `y="${row.y + 4}">${esc(clip(row.name, 18))}</text>`);
    const target = row.id !== null ? lay.boxes.get(row.id) : undefined;
    if (target) {
      parts.push(`<circle class="dot" cx="${x + w - 12}" cy="${row.y}" r="3"/>`);
      arrows.push(arrowPath(x + w - 12, row.y, target.x, target.y + 11));
    } else if (row.id !== null) {
      parts.push(`<text class="off" data-goto="${row.id}" x="${x + w - 8}" y="${row.y + 4}" ` +
                 `text-anchor="end">\u2192 ${row.id}</text>`);
    }
  }
  if (fr.more) {
    parts.push(`<text class="frame-note" x="${x + 8}" y="${fr.y + fr.h - 8}">\u2026 ${fr.more} more names</text>`);
  }
  parts.push('</g>');
  return { svg: parts.join(''), arrows };
}

// The SVG markup for layout 'lay' of state 'st'; 'sel' is the selected object id or null.
function renderGraph(lay, st, sel) {
  const parts = [];
  const arrows = [];
  for (const fr of lay.frames) {
    const r = frameSvg(fr, st, lay);
    parts.push(r.svg);
    arrows.push(...r.arrows);
  }
  for (const id of lay.order) {
    const r = boxSvg(lay.boxes.get(id), st, lay, sel);
    parts.push(r.svg);
    arrows.push(...r.arrows);
  }
  if (lay.freed.length) {
    parts.push(`<text class="col-title" x="${lay.freedX}" y="20">gone at this step (freed or unreachable)${
      lay.freedMore ? ' (+' + lay.freedMore + ' more)' : ''}</text>`);
    for (const b of lay.freed) parts.push(boxSvg(b, st, lay, sel).svg);
  }
  const defs = '<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" ' +
    'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>';
  const paths = arrows.map((d) => `<path class="ref" d="${d}" marker-end="url(#arrowhead)"/>`).join('');
  return defs + parts.join('') + `<g class="refs">${paths}</g>`;
}
