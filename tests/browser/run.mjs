// Browser tests of the trace viewer page (docs/viewer.md): headless Chromium (Debian's
// /usr/bin/chromium) driven by playwright-core. tools/test_browser.py writes the pages and runs
//     node tests/browser/run.mjs --cycle PAGE --gen PAGE --large PAGE --shots DIR [--real PAGE]
//                                [--threads PAGE]
// Prints 'PASS name' / 'FAIL name: why' per test, notes as '# ...', and 'N passed, N failed'.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const CHROMIUM = '/usr/bin/chromium';

let passed = 0, failed = 0;
class Fail extends Error {}
function check(cond, what) { if (!cond) throw new Fail(what); }
function eq(a, b, what) { if (a !== b) throw new Fail(`${what}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`); }

async function test(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`PASS ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e instanceof Fail ? e.message : (e && e.stack || e)}`.split('\n').slice(0, 6).join('\n  '));
  }
}

// Open 'file' in a new page; collects console errors and page errors in page.errors.
async function open(browser, file, timeout = 30000) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push('console: ' + m.text()); });
  page.on('pageerror', (e) => page.errors.push('pageerror: ' + e.message));
  page.on('request', (r) => { if (!r.url().startsWith('file:')) page.errors.push('network: ' + r.url()); });
  const t0 = Date.now();
  await page.goto('file://' + path.resolve(file), { timeout });
  await page.waitForFunction(() => window.heapscopeViewer && (window.heapscopeViewer.ready ||
                             window.heapscopeViewer.error), null, { timeout });
  page.loadMs = Date.now() - t0;
  const err = await page.evaluate(() => window.heapscopeViewer.error);
  check(err === null, 'the viewer reports: ' + err);
  // How the page held the trace (its data-encoding): "json", or "gzip-base64" (heapscope --html).
  page.encoding = await page.evaluate(() => window.heapscopeViewer.encoding);
  return page;
}

const stepNo = (page) => page.evaluate(() => window.heapscopeViewer.model.state.step);
const curLine = (page) => page.evaluate(() => {
  const el = document.querySelector('#source .src-line.current');
  return el ? Number(el.dataset.line) : null;
});
const drawn = (page) => page.evaluate(() => Array.from(document.querySelectorAll('#graph g.obj:not(.freed)'),
                                                        (g) => g.dataset.id).sort().join(','));
const ids = (page, sel) => page.evaluate((s) => Array.from(document.querySelectorAll(s), (g) => Number(g.dataset.id)), sel);
// Wait until the page shows step 'n' (stepping renders at the next animation frame).
async function waitStep(page, n) {
  await page.waitForFunction((k) => window.heapscopeViewer.model.state.step === k &&
    !window.heapscopeViewer.pending, n, { timeout: 10000 });
}
async function goTo(page, n) {
  await page.evaluate((k) => window.heapscopeGoTo(k), n);
}
const noErrors = (page) => check(page.errors.length === 0, 'errors: ' + page.errors.join(' | '));

// The addresses in tests/browser/make_fixtures.py's cycle trace.
const BASE = 0x7F3A10000000;
const A = BASE + 16 * 7, B = BASE + 16 * 8, L = BASE + 16 * 2, S = BASE + 16 * 6;

async function cycleTests(browser) {
  let page;
  await test('cycle: page loads with no console errors', async () => {
    page = await open(browser, args.cycle);
    eq(await page.title(), 'cycle.py', 'title');
    eq(page.encoding, 'json', 'the plain JSON form');
    eq(await page.textContent('#step-count'), '14', 'step count');
    eq(await curLine(page), 1, 'first line');
    eq(await page.locator('#loading').isHidden(), true, 'loading note hidden');
    noErrors(page);
  });
  if (!page) return;
  await test('cycle: keyboard steps forward and back (arrows, Home, End); source-line clicks', async () => {
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    const lines = [await curLine(page)];
    const objs = [await drawn(page)];
    for (let k = 1; k <= 3; k++) {
      await page.keyboard.press('ArrowRight');
      await waitStep(page, k);
      lines.push(await curLine(page));
      objs.push(await drawn(page));
    }
    eq(lines.join(' '), '1 7 8 9', 'lines at steps 0..3');
    check(objs[1] !== objs[2], 'the drawn objects change from step 1 to 2: ' + objs[1]);
    eq(objs[2].split(',').length, 5, 'objects drawn at step 2 (function, list, 3 ints)');
    await page.keyboard.press('ArrowRight');
    await waitStep(page, 4);
    eq(await curLine(page), 2, 'inside make_pair');
    eq(await page.locator('#graph g.frame.current text.fname').textContent(), 'make_pair', 'current frame');
    await page.keyboard.press('ArrowLeft');
    await waitStep(page, 3);
    eq(await curLine(page), 9, 'back to line 9');
    await page.keyboard.press('End');
    await waitStep(page, 14);
    eq(await curLine(page), 15, 'last line');
    await page.keyboard.press('Home');
    await waitStep(page, 0);
    eq(await curLine(page), 1, 'Home');
    await page.keyboard.press('Shift+ArrowRight');
    await waitStep(page, 10);
    // A click on a source line goes to the next step there (wrapping round).
    await page.click('#source .src-line[data-line="5"]');
    await waitStep(page, 7);
    await page.click('#source .src-line[data-line="15"]');
    await waitStep(page, 13);
    await page.click('#source .src-line[data-line="15"]');
    await waitStep(page, 14);
    await page.click('#source .src-line[data-line="1"]');
    await waitStep(page, 0);
    noErrors(page);
  });
  await test('cycle: the slider steps (drag value and click)', async () => {
    const slider = page.locator('#slider');
    await slider.evaluate((el) => { el.value = '5'; el.dispatchEvent(new Event('input', { bubbles: true })); });
    await waitStep(page, 5);
    eq(await curLine(page), 3, 'line at step 5');
    const box = await slider.boundingBox();
    await page.mouse.click(box.x + box.width - 3, box.y + box.height / 2);
    await waitStep(page, 14);
    eq(await curLine(page), 15, 'click at the end of the slider');
    // Keys on the focused slider step once, not twice (the page handles them).
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await waitStep(page, 13);
    noErrors(page);
  });
  await test('cycle: new, changed and freed objects are highlighted', async () => {
    await goTo(page, 5);
    eq((await ids(page, '#graph g.obj.new')).join(), String(A), 'new at step 5: the list a');
    eq((await ids(page, '#graph g.obj.changed')).join(), String(S), 'changed at step 5: the str (rc)');
    eq(await page.locator(`#graph g.obj[data-id="${S}"] text.meta`).textContent(), 'rc 3\u21924 \u00b7 50 B \u00b7 no gc', 'rc change shown');
    await goTo(page, 7);
    eq((await ids(page, '#graph g.obj.changed')).sort().join(), [A, B].sort().join(), 'changed at step 7');
    eq(await page.locator('#graph g.obj.new').count(), 0, 'nothing new at step 7');
    // a.append(b) came as an edges_patch: a's second item is b, drawn as an arrow.
    const texts = await page.evaluate((id) => Array.from(document.querySelectorAll(`#graph g.obj[data-id="${id}"] text`),
                                                         (t) => t.textContent).join('|'), A);
    eq(texts, `list|${A}|['x', [\u2026]]|rc 2 \u00b7 88 B \u00b7 gen 0|[0]|[1]`, 'a after append');
    eq(await page.locator('#graph path.ref').count(), 12, 'arrows at step 7 (6 variables, 3 + 2 + 1 items)');
    // make_pair returned: the cycle (and the str it holds) leaves the trace.
    await goTo(page, 8);
    eq((await ids(page, '#graph g.obj.freed')).sort().join(), [A, B, S].sort().join(), 'gone at step 8');
    check((await page.textContent('#graph')).includes('gone at this step'), 'freed column title');
    eq(await page.locator('#graph g.frame').count(), 1, 'only the global frame left');
    await goTo(page, 7);
    eq(await page.locator('#graph g.obj.freed').count(), 0, 'nothing gone at step 7');
    // Mutable and immutable are told apart.
    await goTo(page, 5);
    eq(await page.locator(`#graph g.obj.mutable[data-id="${L}"]`).count(), 1, 'the list is mutable');
    eq(await page.locator(`#graph g.obj.immutable[data-id="${S}"]`).count(), 1, 'the str is immutable');
    noErrors(page);
  });
  await test('cycle: the collections timeline shows the collection of the cycle', async () => {
    await goTo(page, 11);
    eq(await page.textContent('#gc-count'), '(0 so far of 1)', 'before gc.collect()');
    await goTo(page, 12);
    eq(await page.textContent('#gc-count'), '(1 so far of 1)', 'after');
    eq(await page.textContent('#gc-list li'), 'step 12: gen 2 collected 2, pause 15.3 \u00b5s', 'the entry');
    // The canvas has the generation-2 bar (red) drawn.
    const red = await page.evaluate(() => {
      const c = document.getElementById('gc-timeline');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let k = 0; k < d.length; k += 4) if (d[k] === 0xd0 && d[k + 1] === 0x45 && d[k + 2] === 0x3b) n++;
      return n;
    });
    check(red > 20, 'red pixels of the gen-2 bar: ' + red);
    await goTo(page, 14);
    await page.click('#gc-list li');
    await waitStep(page, 12);
    noErrors(page);
  });
  await test('cycle: search finds an object by variable name and by id', async () => {
    await goTo(page, 6);
    await page.fill('#search', 'b');
    await page.press('#search', 'Enter');
    eq(await page.textContent('#search-result'), `variable b in make_pair: list ${B}`, 'by name');
    eq((await ids(page, '#graph g.obj.selected')).join(), String(B), 'selected in the diagram');
    check((await page.textContent('#detail')).includes('refcount1'), 'detail panel shows the record');
    eq(await page.locator('#heap-rows .heap-row.selected').count(), 1, 'heap list row');
    await page.fill('#search', String(L));
    await page.press('#search', 'Enter');
    eq(await page.textContent('#search-result'), `object: list ${L}`, 'by id');
    check((await page.textContent('#detail')).includes('variable nums'), 'referred to by nums');
    await page.fill('#search', 'nosuchname');
    await page.press('#search', 'Enter');
    check((await page.textContent('#search-result')).startsWith('no live object'), 'a miss says so');
    // Typing in the search box does not step.
    await page.press('#search', 'ArrowRight');
    eq(await stepNo(page), 6, 'step unchanged');
    await page.press('#search', 'Escape');
    await page.keyboard.press('Escape');
    eq(await page.locator('#graph g.obj.selected').count(), 0, 'Escape forgets the selection');
    noErrors(page);
  });
  await test('cycle: stdout and the hostile string are shown as text', async () => {
    await goTo(page, 8);
    eq(await page.textContent('#stdout'), '', 'no output before print');
    await goTo(page, 9);
    eq(await page.textContent('#stdout'), 'pair 2\n', 'stdout at step 9');
    await goTo(page, 14);
    eq(await page.textContent('#stdout'), 'pair 2\ndone\n', 'stdout at the end');
    check((await page.textContent('#graph')).includes("'</script><!-- <b>'"), 'repr in the diagram');
    eq(await page.textContent('#source .src-line[data-line="14"] .code'), 's = "</script><!-- <b>"', 'source line');
    eq(await page.locator('script').count(), 2, 'no injected script element');
    check((await page.textContent('#where')).endsWith('program ended, exit 0'), 'the end: ' + await page.textContent('#where'));
    noErrors(page);
  });
  await test('cycle: the allocator panel follows the deltas', async () => {
    await goTo(page, 0);
    eq(await page.textContent('#alloc-summary'), 'arenas 1 pools used 6 blocks used 210', 'step 0');
    eq(await page.locator('#size-classes .sc').count(), 4, 'size classes at step 0');
    eq(await page.getAttribute('#alloc-summary .fill', 'title'), '6 of 64 pools in 1 arenas', 'pools filling');
    await goTo(page, 1);
    eq(await page.textContent('#alloc-summary'), 'arenas 1 pools used 6 blocks used 211', 'step 1');
    eq(await page.textContent('#size-classes .sc:last-child'), '144 B1', 'the function block');
    await goTo(page, 7);
    // Shown objects by pool: arena 0's pools 3 (the str), 4 (three lists), 5 (the function).
    eq(await page.locator('#arenas .arena .pool').count(), 3, 'pools holding shown objects');
    check((await page.getAttribute('#arenas .pool:nth-child(3)', 'title')).startsWith('arena 0 pool 4: 3 traced objects of 64 B'),
          'pool 4: ' + await page.getAttribute('#arenas .pool:nth-child(3)', 'title'));
    noErrors(page);
  });
  await test('cycle: screenshot saved as a PNG', async () => {
    await goTo(page, 7);
    const file = path.join(args.shots, 'viewer-cycle.png');
    await page.screenshot({ path: file, fullPage: false });
    const buf = fs.readFileSync(file);
    check(buf.length > 10000, 'png size ' + buf.length);
    eq(buf.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'PNG signature');
    console.log(`# screenshot: ${file} (${buf.length} bytes)`);
  });
  await page.close();
}

// fixtures/gen.json: the generator frame f2 is described once and resumed with only its line.
async function genTests(browser) {
  await test('gen: a resumed generator frame keeps its function and locals', async () => {
    const page = await open(browser, args.gen);
    const frameAt = (k) => page.evaluate((n) => {
      const st = window.heapscopeViewer.model.seek(n);
      const f = st.frames.get(st.stack[st.stack.length - 1]);
      const id = f && f.locals.get('n');
      return f ? `${f.function} line ${f.line} n=${id === undefined ? '-' : st.objects.get(id).repr}` : 'none';
    }, k);
    // Jump straight to the resumptions (forwards, then back: a restore from the checkpoint).
    for (const [k, want] of [[13, 'countdown line 4 n=2'], [8, 'countdown line 4 n=3'],
                             [18, 'countdown line 4 n=1'], [19, 'countdown line 2 n=0'],
                             [6, '<module> line 10 n=-']]) {
      eq(await frameAt(k), want, 'step ' + k);
    }
    await goTo(page, 12);
    await goTo(page, 13);
    eq(await page.textContent('#graph g.frame.current text.fname'), 'countdown', 'drawn frame');
    eq(await page.textContent('#graph g.frame.current text.var'), 'n', 'its variable');
    eq(await curLine(page), 4, 'line');
    // Lines come from the steps: the caller stays at the call's line.
    eq(await page.textContent('#graph g.frame:not(.current) text.fsub'), 'line 9', 'the caller (Global frame)');
    eq(await page.textContent('#graph g.frame.current text.fsub'), 'line 4', 'the generator');
    noErrors(page);
    await page.close();
  });
}

async function largeTests(browser) {
  let page;
  await test('large: 200,000 steps / 10,000 objects load', async () => {
    page = await open(browser, args.large, 120000);
    const t = await page.evaluate(() => window.heapscopeViewer.timings);
    eq(page.encoding, 'gzip-base64', 'the compressed form');
    const kib = Math.round(fs.statSync(args.large).size / 1024);
    console.log(`# large trace: page ${kib} KiB, ready in ${page.loadMs} ms (base64+gunzip ` +
                `${t.decodeMs.toFixed(0)} ms, JSON.parse ${t.parseMs.toFixed(0)} ms, ` +
                `index+checkpoints ${t.indexMs.toFixed(0)} ms, first render ${t.lastRenderMs.toFixed(1)} ms)`);
    check(page.loadMs < 60000, 'load took ' + page.loadMs + ' ms');
    eq(await page.textContent('#step-count'), '199999', 'steps');
    eq(await page.textContent('#heap-count'), '(10000)', 'live objects at step 0');
    noErrors(page);
  });
  if (!page) return;
  await test('large: stepping and jumping stay fast', async () => {
    const times = {};
    for (const [name, n] of [['end', 199999], ['mid', 123456], ['next', 123457], ['back', 123456],
                             ['checkpoint back', 149999], ['start', 0], ['far', 188888]]) {
      times[name] = await page.evaluate((k) => window.heapscopeGoTo(k), n);
      eq(await stepNo(page), n, 'at step ' + n);
    }
    // Keyboard steps, back across a checkpoint boundary (the worst case: a restore and 999 deltas).
    await goTo(page, 150000);
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    const t0 = Date.now();
    for (let k = 0; k < 20; k++) await page.keyboard.press('ArrowLeft');
    await waitStep(page, 149980);
    const keyMs = (Date.now() - t0) / 20;
    const worst = Math.max(...Object.values(times));
    console.log('# large trace: goTo ms ' + Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ') +
                `; ArrowLeft x20 ${keyMs.toFixed(1)} ms per key`);
    check(worst < 2000, 'a jump took ' + worst + ' ms');
    check(keyMs < 1000, 'a key step took ' + keyMs + ' ms');
    noErrors(page);
  });
  await test('large: only what is visible is drawn', async () => {
    eq(await page.textContent('#heap-count'), '(10001)', 'live objects (the list, its items, a temporary)');
    const rows = await page.locator('#heap-rows .heap-row').count();
    check(rows > 5 && rows < 100, 'heap rows in the DOM: ' + rows);
    const boxes = await page.locator('#graph g.obj').count();
    check(boxes > 5 && boxes <= 81, 'boxes drawn: ' + boxes);
    eq(await page.locator('#show-more').isVisible(), false, 'no more to show yet');
    // The list's items: 8 shown, then 50 more per click, until the 80-box limit offers more.
    eq(await page.textContent('#graph .expand'), '+9991 more (show 50)', 'the list offers its other items');
    await page.click('#graph .expand');
    await page.click('#graph .expand');
    eq(await page.textContent('#graph .expand'), '+9891 more (show 50)', 'after two clicks');
    const boxes2 = await page.locator('#graph g.obj').count();
    check(boxes2 >= 80 && boxes2 <= 81, 'boxes drawn after expanding: ' + boxes2);
    eq(await page.locator('#show-more').isVisible(), true, 'show more offered');
    await page.click('#show-more');
    const more = await page.locator('#graph g.obj').count();
    check(more > boxes2 && more <= 161, `show more draws more (${boxes2} -> ${more})`);
    // Scrolling the heap list shows other rows.
    const first = await page.locator('#heap-rows .heap-row').first().getAttribute('data-goto');
    await page.locator('#heap-list').evaluate((el) => { el.scrollTop = 100000; el.dispatchEvent(new Event('scroll')); });
    const after = await page.locator('#heap-rows .heap-row').first().getAttribute('data-goto');
    check(first !== after, 'the virtual list scrolled');
    noErrors(page);
  });
  await test('large: search finds an object by id', async () => {
    const id = 0x7F3A10000000 + 16 * (10 + 7777);
    await page.fill('#search', String(id));
    await page.press('#search', 'Enter');
    check((await page.textContent('#search-result')).endsWith(String(id)), 'found');
    eq(await page.locator(`#graph g.obj.selected[data-id="${id}"]`).count(), 1, 'drawn and selected');
    eq(await page.locator(`#heap-rows .heap-row.selected[data-goto="${id}"]`).count(), 1, 'heap row shown');
    const file = path.join(args.shots, 'viewer-large.png');
    await page.screenshot({ path: file });
    check(fs.statSync(file).size > 10000, 'screenshot');
    noErrors(page);
  });
  if (page) await page.close();
}

async function realTests(browser) {
  if (!args.real) return;
  await test('real: a page from heapscope --trace of a program with a cycle', async () => {
    const page = await open(browser, args.real);
    eq(page.encoding, 'gzip-base64', 'the compressed form (heapscope --html)');
    const n = await page.evaluate(() => window.heapscopeViewer.model.n);
    check(n > 5, 'steps: ' + n);
    const seen = new Set();
    for (let k = 0; k < n; k++) {
      await goTo(page, k);
      seen.add(await curLine(page));
    }
    check(seen.size >= 5, 'distinct highlighted lines: ' + [...seen].join(','));
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    await page.keyboard.press('End');
    await waitStep(page, n - 1);
    eq(await page.textContent('#stdout'), 'pair 2\ndone\n', 'stdout');
    check((await page.textContent('#gc-list')).includes('gen 2 collected'), 'gc.collect() in the timeline: ' +
          await page.textContent('#gc-list'));
    // Inside make_pair after a.append(b): a's [1] is b, and b's [0] is a.
    const at = await page.evaluate(() => {
      const m = window.heapscopeViewer.model;
      for (let k = 0; k < m.n; k++) {
        const st = m.seek(k);
        const f = st.stack.length ? st.frames.get(st.stack[st.stack.length - 1]) : null;
        if (f && f.function === 'make_pair' && st.line === 5) return k;
      }
      return -1;
    });
    check(at > 0, 'a step at line 5 in make_pair');
    await goTo(page, at);
    const cyc = await page.evaluate(() => {
      const st = window.heapscopeViewer.model.state;
      const f = st.frames.get(st.stack[st.stack.length - 1]);
      const a = f.locals.get('a'), b = f.locals.get('b');
      const ea = st.objects.get(a).edges || [], eb = st.objects.get(b).edges || [];
      return ea.some((e) => e[1] === b) && eb.some((e) => e[1] === a) &&
        !!document.querySelector(`#graph g.obj[data-id="${a}"]`) && !!document.querySelector(`#graph g.obj[data-id="${b}"]`);
    });
    check(cyc, 'the cycle a <-> b is in the state and drawn');
    await page.screenshot({ path: path.join(args.shots, 'viewer-real.png') });
    noErrors(page);
    await page.close();
  });
}

// A page of tests/trace/threads.py traced by heapscope under --switch=instructions:5: the
// frames are grouped by thread, the thread holding the GIL marked, at steps of either thread.
async function threadTests(browser) {
  if (!args.threads) return;
  await test('threads: frames grouped by thread, the GIL holder marked', async () => {
    const page = await open(browser, args.threads);
    eq(page.encoding, 'gzip-base64', 'the compressed form (heapscope --html)');
    const steps = await page.evaluate(() => {
      const m = window.heapscopeViewer.model;
      const out = { 1: -1, 2: -1 };
      for (let k = 0; k < m.n; k++) {
        const st = m.seek(k);
        if (st.stacks.size && out[st.thread] < 0) out[st.thread] = k;
      }
      return out;
    });
    check(steps[1] > 0 && steps[2] > 0, 'steps with both threads, either running: ' + JSON.stringify(steps));
    for (const running of [1, 2]) {
      await goTo(page, steps[running]);
      const seen = await page.evaluate(() => ({
        heads: Array.from(document.querySelectorAll('#graph text.thread-head'), (t) => t.dataset.thread).join(','),
        gil: Array.from(document.querySelectorAll('#graph text.thread-head.running'), (t) => t.dataset.thread).join(','),
        badge: (document.querySelector('#graph text.thread-head.running .gil') || {}).textContent,
        worker: Array.from(document.querySelectorAll('#graph g.frame[data-thread="2"] text.fname'), (t) => t.textContent).join(','),
        workerVars: Array.from(document.querySelectorAll('#graph g.frame[data-thread="2"] text.var'), (t) => t.textContent).join(','),
        current: (document.querySelector('#graph g.frame.current') || { dataset: {} }).dataset.thread || 'global',
        where: document.getElementById('where').textContent,
      }));
      eq(seen.heads, '1,2', `thread headers at step ${steps[running]}`);
      eq(seen.gil, String(running), `the GIL holder at step ${steps[running]}`);
      check(/holds the GIL/.test(seen.badge || ''), 'GIL badge: ' + seen.badge);
      eq(seen.worker, 'worker', "thread 2's frame");
      check(seen.workerVars.split(',').includes('n'), "worker's variables: " + seen.workerVars);
      eq(seen.current, running === 2 ? '2' : 'global', 'the running frame is outlined');
      check(seen.where.includes('(thread ' + running + ')'), 'where: ' + seen.where);
    }
    await page.screenshot({ path: path.join(args.shots, 'viewer-threads.png') });
    noErrors(page);
    await page.close();
  });
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`FAIL browser: ${CHROMIUM} is missing (Debian: apt-get install chromium)`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  fs.mkdirSync(args.shots, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    await cycleTests(browser);
    await genTests(browser);
    await realTests(browser);
    await threadTests(browser);
    if (args.large) await largeTests(browser);
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.log('FAIL browser: ' + (e && e.stack || e)); console.log(`${passed} passed, ${failed + 1} failed`); process.exit(1); });
