// The viewer's controller: reads the embedded trace (plain JSON, or gzip + base64: see
// traceText), builds the TraceModel, and renders the
// panels for the current step. Stepping: the slider, the buttons, and the keys Left/Right
// (one step), Shift+Left/Right (10), PageUp/PageDown (100), Home/End (first/last), '/' (search),
// Escape (forget the selected object);
// a click on a source line goes to the next step at that line.
// A burst of key presses renders once per animation frame. window.heapscopeViewer exposes the
// state and timings to the browser tests (tests/browser/run.mjs).
'use strict';

const viewer = {
  model: null, selected: null, focus: null, limit: 80, expanded: new Map(),
  sourceFile: undefined, curLineEl: null, heapIds: null, heapIdsStep: -1, timelineBase: null,
  ready: false, error: null, renders: 0, encoding: null,
  timings: { decodeMs: 0, parseMs: 0, indexMs: 0, lastSeekMs: 0, lastRenderMs: 0 },
  pending: false,
};

function renderAll() {
  const v = viewer;
  const t0 = performance.now();
  const st = v.model.state;
  $('step-no').textContent = String(st.step);
  $('slider').value = String(st.step);
  renderSource(v, st);
  const lay = layoutGraph(st, v.model, { limit: v.limit, focus: v.focus, expanded: v.expanded });
  const svg = $('graph');
  svg.setAttribute('width', lay.width);
  svg.setAttribute('height', lay.height);
  svg.innerHTML = renderGraph(lay, st, v.selected);
  $('show-more').hidden = !lay.more;
  $('graph-info').textContent = `${lay.order.length} of ${st.objects.size} objects drawn` +
    (st.capped ? ' (the trace shows at most 10,000 per step)' : '') +
    (st.freed.length ? `; ${st.freed.length} gone at this step (last column)` : '');
  renderEvents(v, st);
  renderStdout(v, st);
  renderHeapList(v, st);
  renderAllocator(v, st);
  renderTimeline(v, st);
  renderDetail(v, st);
  v.renders++;
  v.timings.lastRenderMs = performance.now() - t0;
}

// Go to step 'n' now (seek + render); returns the time taken in ms.
function goTo(n) {
  const v = viewer;
  if (!v.model || !v.model.n) return 0;
  const t0 = performance.now();
  v.model.seek(n);
  v.timings.lastSeekMs = performance.now() - t0;
  renderAll();
  return performance.now() - t0;
}

// Go to step 'n' at the next animation frame (key repeat and slider drags coalesce).
function goSoon(n) {
  const v = viewer;
  if (!v.model || !v.model.n) return;
  v.target = Math.max(0, Math.min(v.model.n - 1, n));
  $('step-no').textContent = String(v.target);
  if (v.pending) return;
  v.pending = true;
  requestAnimationFrame(() => { v.pending = false; goTo(v.target); });
}

function currentTarget() {
  return viewer.pending ? viewer.target : viewer.model.state.step;
}

function onKey(e) {
  const v = viewer;
  if (!v.ready) return;
  const tag = e.target && e.target.tagName;
  if ((tag === 'INPUT' && e.target.type !== 'range') || tag === 'TEXTAREA') {
    if (e.key === 'Escape') e.target.blur();
    return;
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const cur = currentTarget();
  let to = null;
  switch (e.key) {
    case 'ArrowRight': to = cur + (e.shiftKey ? 10 : 1); break;
    case 'ArrowLeft': to = cur - (e.shiftKey ? 10 : 1); break;
    case 'PageDown': to = cur + 100; break;
    case 'PageUp': to = cur - 100; break;
    case 'Home': to = 0; break;
    case 'End': to = v.model.n - 1; break;
    case '/': e.preventDefault(); $('search').focus(); return;
    case 'Escape':
      // Forget the selected / searched object.
      v.selected = null; v.focus = null; $('search-result').textContent = ''; renderAll();
      return;
    default: return;
  }
  e.preventDefault();
  goSoon(to);
}

// ==== search ====
// An object by id (a number), else a variable by name: the innermost frame first, then outwards
// (the running thread's, then the other threads'), then the globals. Shows the object in the diagram, the heap list and the detail panel.
function search(q) {
  const v = viewer;
  const st = v.model.state;
  q = q.trim();
  let id = null, how = '';
  if (/^\d+$/.test(q) && st.objects.has(Number(q))) {
    id = Number(q); how = 'object';
  } else if (q) {
    const fids = st.stack.slice();   // the running thread's, innermost first, then the others'
    for (const [t, ids] of threadStacks(st)) if (t !== st.thread) fids.unshift(...ids);
    for (let k = fids.length - 1; k >= 0 && id === null; k--) {
      const f = st.frames.get(fids[k]);
      if (f && f.locals.has(q) && f.locals.get(q) !== null) {
        id = f.locals.get(q); how = `variable ${q} in ${f.qualname || f.function}`;
      }
    }
    if (id === null && st.globals.has(q) && st.globals.get(q) !== null) {
      id = st.globals.get(q); how = `global ${q}`;
    }
  }
  const out = $('search-result');
  if (id === null || !st.objects.has(id)) {
    out.textContent = q ? `no live object or variable "${q}" at this step` : '';
    out.className = 'miss';
    return null;
  }
  out.textContent = `${how}: ${st.objects.get(id).type} ${id}`;
  out.className = 'hit';
  select(id, true);
  return id;
}

function select(id, focus) {
  const v = viewer;
  v.selected = id;
  if (focus) v.focus = id;
  renderAll();
  scrollHeapTo(v, id);
  renderHeapList(v, v.model.state);
  const g = $('graph').querySelector(`g.obj[data-id="${id}"]`);
  if (g && focus) {
    const sc = $('graph-scroll');
    const r = g.getBBox();
    sc.scrollLeft = Math.max(0, r.x - 40);
    sc.scrollTop = Math.max(0, r.y - 40);
  }
}

function onClick(e) {
  const t = e.target.closest('[data-goto],[data-expand],[data-id],[data-step]');
  if (!t) return;
  if (t.dataset.expand !== undefined) {
    viewer.expanded.set(Number(t.dataset.expand), Number(t.dataset.shown) + G.EDGES_MORE);
    renderAll();
    return;
  }
  if (t.dataset.goto !== undefined) { e.preventDefault(); select(Number(t.dataset.goto), true); return; }
  if (t.dataset.step !== undefined) { goTo(Number(t.dataset.step)); return; }
  if (t.dataset.id !== undefined) select(Number(t.dataset.id), false);
}

function wire() {
  const v = viewer;
  document.addEventListener('keydown', onKey);
  $('slider').addEventListener('input', (e) => goSoon(Number(e.target.value)));
  $('first').addEventListener('click', () => goSoon(0));
  $('last').addEventListener('click', () => goSoon(v.model.n - 1));
  $('prev').addEventListener('click', () => goSoon(currentTarget() - 1));
  $('next').addEventListener('click', () => goSoon(currentTarget() + 1));
  $('show-more').addEventListener('click', () => { v.limit += 80; renderAll(); });
  $('search').addEventListener('keydown', (e) => { if (e.key === 'Enter') search(e.target.value); });
  for (const id of ['graph', 'heap-list', 'detail', 'gc-list']) $(id).addEventListener('click', onClick);
  // A click on a source line goes to the next step at that line.
  $('source').addEventListener('click', (e) => {
    const el = e.target.closest('.src-line');
    if (!el) return;
    const k = v.model.nextAtLine(v.model.state.step, v.sourceFile, Number(el.dataset.line));
    if (k >= 0) goTo(k);
  });
  $('heap-list').addEventListener('scroll', () => renderHeapList(v, v.model.state));
  $('gc-timeline').addEventListener('click', (e) => goTo(timelineStepAt(v, e.clientX)));
  window.addEventListener('resize', () => { v.timelineBase = null; renderTimeline(v, v.model.state); });
}

// The trace's JSON text from the script element #trace, whose data-encoding says how it is held
// (docs/viewer.md): "json", the text itself; "gzip-base64", the JSON gzip-compressed and
// base64-encoded (heapscope --html), undone here with the browser's DecompressionStream.
async function traceText(el) {
  const enc = el.dataset.encoding || 'json';
  viewer.encoding = enc;
  if (enc === 'json') return el.textContent;
  if (enc !== 'gzip-base64') throw new Error('unknown trace encoding ' + enc);
  const bin = atob(el.textContent);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

async function load() {
  const v = viewer;
  try {
    const t0 = performance.now();
    const text = await traceText($('trace'));
    const td = performance.now();
    const trace = JSON.parse(text);
    const t1 = performance.now();
    if (trace.format !== undefined && trace.format !== 'heapscope-trace') {
      throw new Error('not a heapscope trace: format ' + trace.format);
    }
    v.model = new TraceModel(trace);
    const t2 = performance.now();
    v.timings.decodeMs = td - t0;
    v.timings.parseMs = t1 - td;
    v.timings.indexMs = t2 - t1;
    $('title').textContent = trace.script || document.title;
    $('slider').max = String(Math.max(0, v.model.n - 1));
    $('step-count').textContent = String(Math.max(0, v.model.n - 1));
    if (trace.truncated) $('step-count').textContent += ' (truncated)';
    wire();
    if (v.model.n) goTo(0);
    else $('graph-info').textContent = 'this trace has no steps';
    v.ready = true;
  } catch (err) {
    v.error = String(err && err.message || err);
    $('loading').textContent = 'cannot show this trace: ' + v.error;
    $('loading').className = 'error';
    throw err;
  }
  $('loading').hidden = true;
}

window.heapscopeViewer = viewer;
window.heapscopeGoTo = goTo;
window.heapscopeSearch = search;
// Let the page paint "loading" before a large trace is parsed.
setTimeout(load, 0);
