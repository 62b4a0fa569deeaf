/**
 * The preview under a corpus of XSS payloads (test/fixtures/xss/payloads.json):
 * each payload goes into every user-text field of a roadmap (names, titles,
 * descriptions, purposes, models, mitigations, units, KPI names, the
 * organisation and its industry, owners and other references, enum values,
 * and entity ids), and the roadmap is shown in real Chromium
 *  - in the webview page (the client's HTML shell and CSP, the bundle, a
 *    stand-in for acquireVsCodeApi), every tab drawn, and
 *  - in `airoadmap render`'s standalone HTML (all views), opened from disk,
 * and in the SVG exports of every view (parsed, not shown).
 * In each: no script runs (window.__pwned stays unset), no dialog opens, no
 * request leaves the page, no payload becomes an element or attribute, no CSP
 * violation is even attempted, and the text shows literally. A control shows
 * the CSP does block script and remote loads (so "no violation" means
 * something). Finally the webview ignores messages that break the protocol.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import type { Browser, Page } from 'playwright-core';
import { stringify } from 'yaml';
import { findWebviewBundle, renderCommand } from '../../server/src/cli/render';
import { exportSvg } from '../../server/src/core/views/draw';
import type { ViewName } from '../../server/src/core/views/registry';
import { launch, openWebview, ROOT, skipReason, viewsOf, watch, webviewBundle, type WebviewPage } from './harness';

interface Payload {
  id: string;
  category: string;
  payload: string;
  /** False where the YAML or UTF-8 round trip changes the text (so it is not compared). */
  literal: boolean;
}

const CORPUS = (JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/xss/payloads.json'), 'utf8')) as { payloads: Payload[] }).payloads;
const VIEWS: readonly ViewName[] = ['matrix', 'timeline', 'risks', 'register', 'kpis'];
const TODAY = '2027-02-01';
const skip = skipReason();

/** A roadmap with the payload in every user-text field, in references, enum values and as an id of every section. */
export function roadmapWith(p: string): string {
  const roadmap = {
    airoadmap: 1,
    organization: { name: p, industry: p, employees: 120, start: '2027-01-04' },
    roles: { ai_owner: 'ann', data_steward: p },
    governance: { approver: p, data_policy: p, review: 'quarterly' },
    team: {
      ann: { name: p, title: p, skills: ['api'], bridge_builder: true },
      [p]: { name: p, title: p },
    },
    systems: {
      erp: { name: p, kind: 'erp', critical: true, readiness: 2 },
      [p]: { name: p, kind: p },
    },
    data_sources: {
      docs: { name: p, system: 'erp', kind: 'documents', completeness: 2, freshness: 3, consistency: 4, personal_data: true, silo: true },
      [p]: { name: p, system: p },
    },
    use_cases: {
      triage: {
        title: p,
        description: p,
        owner: 'ann',
        stage: 'pilot',
        phase: 1,
        quick_win: true,
        value: 4,
        effort: 2,
        feasibility: 4,
        risk_level: 'high',
        systems: ['erp'],
        data_sources: ['docs'],
        kpis: ['speed'],
        risks: ['leak'],
        model: p,
        purpose: p,
        hosting_region: 'eu',
        ai_act: 'minimal',
        costs: { one_time: 1000, monthly: 200 },
      },
      chat: { title: p, description: p, owner: p, stage: 'production', value: 2, effort: 4, feasibility: 2, kpis: [p], systems: [p], risks: [p], model: p, purpose: p, ai_act: p },
      [p]: { title: p, description: p, value: 3, effort: 3, feasibility: 3, stage: 'poc', risk_level: p },
    },
    kpis: {
      speed: { name: p, unit: p, kind: 'quantitative', baseline: 10, target: 5, direction: 'decrease', actuals: { '2027-Q1': 7 } },
      [p]: { name: p, unit: p, baseline: 1, target: 2, direction: p },
    },
    risks: {
      leak: { title: p, category: 'legal', likelihood: 4, impact: 5, mitigation: p, owner: 'ann' },
      [p]: { title: p, category: p, likelihood: 2, impact: 2, mitigation: p, owner: p },
    },
    plan: {
      kickoff: { title: p, weeks: '1-2', owner: 'ann', use_case: 'triage' },
      review: { title: p, weeks: 3, owner: p, use_case: p, milestone: true },
      [p]: { title: p, weeks: 4 },
    },
  };
  return stringify(roadmap, { lineWidth: 0 });
}

/** Counts what a payload would have become had it reached the DOM as markup. */
const INJECTED_PROBE = `(() => {
  const bad = [];
  const tags = 'script:not([nonce]):not(#airoadmap-data), img, iframe, frame, object, embed, base, form:not(.kpi-measure), input:not(form.kpi-measure input), select:not(form.kpi-measure select), button:not(.tab):not(.tool):not(.chip), '
    + 'details, video, audio, source, math, noscript, use, animate, set, foreignObject, a[href], style:not([nonce]), '
    + 'link:not([rel=stylesheet]), meta:not([charset]):not([name=viewport]):not([http-equiv=Content-Security-Policy])';
  for (const e of document.querySelectorAll(tags)) bad.push('<' + e.tagName + '>');
  if (document.querySelectorAll('meta[http-equiv=Content-Security-Policy]').length !== 1) bad.push('CSP meta count');
  if (document.querySelectorAll('link').length > 1) bad.push('extra link');
  for (const e of document.querySelectorAll('*')) {
    for (const a of e.attributes) {
      if (/^on/i.test(a.name)) bad.push(e.tagName + '@' + a.name);
      if (/^(?:href|src|xlink:href|action|formaction|data|srcdoc|style)$/i.test(a.name) && e.parentElement !== document.head && e !== document.documentElement
          && !(e.tagName === 'SCRIPT' && e.hasAttribute('nonce'))) bad.push(e.tagName + '@' + a.name);
      if (/^(?:href|src|xlink:href|action|formaction|data|poster|background)$/i.test(a.name) && /^\\s*(?:javascript|vbscript|data):/i.test(a.value)) {
        bad.push(e.tagName + '@' + a.name + '=' + a.value.slice(0, 30));
      }
    }
  }
  return bad;
})()`;

/** Records CSP violations in the page (installed before anything can violate). */
const CSP_RECORDER = `(() => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
})();`;

interface PageFindings {
  pwned: unknown;
  injected: string[];
  csp: string[];
  text: string;
}

/**
 * Draws every tab and moves the mouse over, focuses and clicks nothing but
 * fires pointer events at every drawn element (so no handler a payload might
 * have planted stays unprovoked), then reads the text the page shows.
 * A string, not a function: tsx would wrap a function with helpers the page lacks.
 */
const DRAW_ALL_AND_READ = `(async () => {
  const parts = [document.title];
  for (const tab of document.querySelectorAll('[role=tab]')) {
    if (tab.hidden) continue;
    tab.click();
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const panel = document.getElementById(tab.getAttribute('aria-controls'));
    for (const e of panel.querySelectorAll('*')) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'animationstart']) e.dispatchEvent(new Event(type));
    }
    parts.push(document.body.textContent || '');
    for (const e of document.querySelectorAll('[aria-label], [title]')) parts.push(e.getAttribute('aria-label') || '', e.getAttribute('title') || '');
  }
  return parts.join('\\n');
})()`;

async function inspect(page: Page): Promise<PageFindings> {
  const text = await page.evaluate<string>(DRAW_ALL_AND_READ);
  const [pwned, injected, csp] = await Promise.all([
    page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    page.evaluate<string[]>(INJECTED_PROBE),
    page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? ['recorder missing']),
  ]);
  return { pwned, injected, csp, text };
}

function assertClean(where: string, p: Payload, found: PageFindings, w: ReturnType<typeof watch>): void {
  const label = `${where} / ${p.id}`;
  assert.equal(found.pwned, undefined, `${label}: a script ran`);
  assert.deepEqual(found.injected, [], `${label}: markup from the payload reached the DOM`);
  assert.deepEqual(found.csp, [], `${label}: something tried to load or run`);
  assert.deepEqual(w.dialogs, [], `${label}: a dialog opened`);
  assert.deepEqual(w.leaks, [], `${label}: a request left the page`);
  assert.deepEqual(w.consoleErrors, [], `${label}: console errors`);
  // The text shows literally (long payloads at least by their start).
  if (p.literal) assert.ok(found.text.includes(p.payload.slice(0, 200)), `${label}: the text is shown literally`);
}

describe('XSS corpus', { skip }, () => {
  let browser: Browser;
  let dir: string;
  before(async () => {
    browser = await launch();
    dir = mkdtempSync(path.join(tmpdir(), 'airoadmap-xss-'));
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the corpus has at least 50 payloads, and each lands in the views', () => {
    assert.ok(CORPUS.length >= 50, `${CORPUS.length} payloads`);
    assert.equal(new Set(CORPUS.map((p) => p.id)).size, CORPUS.length, 'ids are unique');
    for (const p of CORPUS) {
      const json = JSON.stringify(viewsOf(roadmapWith(p.payload), 'en', TODAY));
      if (p.literal) assert.ok(json.includes(JSON.stringify(p.payload).slice(1, -1)), `${p.id} reaches the views`);
    }
  });

  test('in the webview page: nothing runs, loads or becomes markup', async () => {
    const w: WebviewPage = await openWebview(browser);
    await w.page.evaluate(CSP_RECORDER);
    let version = 0;
    for (const p of CORPUS) {
      await w.post({ type: 'update', uri: 'file:///xss.airoadmap.yaml', version: ++version, hasErrors: false, views: viewsOf(roadmapWith(p.payload), 'en', TODAY) });
      assertClean('webview', p, await inspect(w.page), w.watch);
    }
    // Clicking the elements posts "reveal" with the payload as plain data, nothing else.
    await w.page.locator('#tab-register').click();
    await w.page.locator('#panel-register .el[data-key]').first().click();
    const posted = (await w.posted()) as { type: string }[];
    assert.ok(posted.some((m) => m.type === 'reveal'));
    assert.ok(posted.every((m) => ['ready', 'reveal', 'view-changed'].includes(m.type)));
    await w.page.close();
  });

  test("in render's standalone HTML (all views), opened from disk", async () => {
    await webviewBundle();
    assert.ok(findWebviewBundle(path.join(ROOT, 'server/src/cli')), 'dist/webview is built (npm run build)');
    const page = await browser.newPage();
    await page.addInitScript(CSP_RECORDER);
    for (const [i, p] of CORPUS.entries()) {
      const source = path.join(dir, `p${i}.airoadmap.yaml`);
      const out = path.join(dir, `p${i}.html`);
      writeFileSync(source, roadmapWith(p.payload));
      const code = await renderCommand([source, '-o', out, '--today', TODAY], { stdout: new PassThrough(), stderr: new PassThrough(), cwd: dir });
      assert.equal(code, 0, `${p.id}: rendered`);
      const w = watch(page, (url) => url === `file://${out}`);
      await page.goto(`file://${out}`);
      assertClean('render', p, await inspect(page), w);
      page.removeAllListeners();
    }
    await page.close();
  });

  test('in the SVG exports of every view: no element or attribute from a payload', async () => {
    const page = await browser.newPage();
    const svgs = CORPUS.flatMap((p) => VIEWS.map((view) => ({ id: `${p.id}/${view}`, svg: exportSvg(viewsOf(roadmapWith(p.payload), 'en', TODAY), view) })));
    const problems = await page.evaluate((docs) => {
      const out: string[] = [];
      for (const { id, svg } of docs) {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        if (doc.querySelector('parsererror')) out.push(`${id}: not well-formed`);
        for (const e of Array.from(doc.querySelectorAll('script, foreignObject, iframe, img, image, use, a, animate, set, style:not(:first-of-type)'))) out.push(`${id}: <${e.tagName}>`);
        for (const e of Array.from(doc.querySelectorAll('*'))) {
          for (const a of Array.from(e.attributes)) {
            if (/^on/i.test(a.name) || /href$/i.test(a.name) || /^(?:src|style)$/i.test(a.name)) out.push(`${id}: ${e.tagName}@${a.name}`);
          }
        }
      }
      return out;
    }, svgs);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('control: the CSP blocks script and remote loads that do reach the DOM (so zero violations above means nothing tried)', async () => {
    const w = await openWebview(browser);
    await w.page.evaluate(CSP_RECORDER);
    const failed: string[] = [];
    w.page.on('requestfailed', (r) => failed.push(`${r.failure()?.errorText ?? '?'} ${r.url()}`));
    await w.page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'http://evil.example/control.png';
      document.body.append(img);
      const script = document.createElement('script');
      script.textContent = "window.__pwned = 'control'";
      document.body.append(script);
      const frame = document.createElement('iframe');
      frame.src = 'http://evil.example/';
      document.body.append(frame);
    });
    await w.page.waitForFunction(() => ((window as unknown as { __csp: string[] }).__csp ?? []).length >= 3);
    const csp = await w.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    assert.ok(csp.some((v) => v.startsWith('img-src')), csp.join('; '));
    assert.ok(csp.some((v) => v.startsWith('script-src')), csp.join('; '));
    assert.ok(csp.some((v) => v.startsWith('frame-src') || v.startsWith('default-src') || v.startsWith('child-src')), csp.join('; '));
    assert.equal(await w.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
    // The probe used above sees such elements.
    const injected = await w.page.evaluate<string[]>(INJECTED_PROBE);
    for (const tag of ['<IMG>', '<SCRIPT>', '<IFRAME>']) assert.ok(injected.includes(tag), `the probe finds ${tag}: ${injected.join(', ')}`);
    // Chromium reports the blocked loads as requests that failed with "csp": stopped before the network.
    await w.page.waitForFunction(() => true);
    assert.ok(w.watch.leaks.length >= 1, 'the control does try to load');
    for (const leak of w.watch.leaks) assert.ok(failed.includes(`csp ${leak}`), `${leak} was blocked by the CSP (failed: ${failed.join('; ')})`);
    await w.page.close();
  });

  describe('the webview ignores messages that do not match the protocol', () => {
    const plain = viewsOf(roadmapWith('Plain title'), 'en', TODAY);
    const valid = () => plain;
    const big = 'x'.repeat(2 * 1024 * 1024);
    const MALFORMED: [string, unknown][] = [
      ['null', null],
      ['a number', 42],
      ['a string', 'update'],
      ['an array', [{ type: 'update' }]],
      ['no type', { uri: 'file:///x', version: 9 }],
      ['unknown type', { type: 'eval', code: "window.__pwned='eval'" }],
      ['type of the wrong kind', { type: ['update'] }],
      ['update without views', { type: 'update', uri: 'file:///other.airoadmap.yaml', version: 9, hasErrors: false }],
      ['update with a string version', { type: 'update', uri: 'file:///other.airoadmap.yaml', version: '9', hasErrors: false, views: valid() }],
      ['update with views of another schema', { type: 'update', uri: 'file:///other.airoadmap.yaml', version: 9, hasErrors: false, views: { ...valid(), schema: 2 } }],
      ['update with views missing a view', { type: 'update', uri: 'file:///other.airoadmap.yaml', version: 9, hasErrors: false, views: { ...valid(), kpis: undefined } }],
      ['update with hollow labels', { type: 'update', uri: 'file:///other.airoadmap.yaml', version: 9, hasErrors: false, views: { ...valid(), labels: {} } }],
      ['update with a tab label missing', { type: 'update', uri: 'file:///other.airoadmap.yaml', version: 9, hasErrors: false, views: { ...valid(), labels: { ...valid().labels, tabs: { matrix: 'M' } } } }],
      ['update with a non-string uri', { type: 'update', uri: { toString: 'x' }, version: 9, hasErrors: false, views: valid() }],
      ['cursor with a negative position', { type: 'cursor', uri: 'file:///xss.airoadmap.yaml', position: { line: -1, character: 0 } }],
      ['cursor with a fractional position', { type: 'cursor', uri: 'file:///xss.airoadmap.yaml', position: { line: 1.5, character: 0 } }],
      ['export-png with a negative id', { type: 'export-png', requestId: -1 }],
      ['export-png with a string id', { type: 'export-png', requestId: '1' }],
      ['oversized string', big],
      ['oversized update uri without views', { type: 'update', uri: big, version: 1, hasErrors: false }],
      ['oversized array', { type: 'cursor', uri: 'file:///xss.airoadmap.yaml', position: new Array(1_000_000).fill(0) }],
      ['__proto__ pollution', JSON.parse('{"__proto__": {"polluted": "yes", "type": "update"}, "type": "cursor"}')],
      ['__proto__ type', JSON.parse('{"__proto__": {"type": "export-png", "requestId": 1}}')],
      ['constructor.prototype pollution', JSON.parse('{"type": "update", "constructor": {"prototype": {"polluted": "yes"}}}')],
      ['views.__proto__', { type: 'update', uri: 'file:///other.airoadmap.yaml', version: 9, hasErrors: false, views: JSON.parse('{"__proto__": {"schema": 1, "locale": "en"}}') }],
    ];

    test('malformed messages change nothing and raise no error', async () => {
      const w = await openWebview(browser);
      await w.page.evaluate(CSP_RECORDER);
      await w.post({ type: 'update', uri: 'file:///xss.airoadmap.yaml', version: 5, hasErrors: false, views: valid() });
      await w.page.locator('#tab-register').click();
      const snapshot = () =>
        Promise.all([
          w.page.evaluate(() => document.getElementById('app')!.innerHTML),
          w.posted().then((m) => JSON.stringify(m)),
          w.state().then((s) => JSON.stringify(s)),
          w.page.evaluate(() => (window as unknown as { airoadmapPreview: { current(): unknown } }).airoadmapPreview.current()),
        ]);
      const before = await snapshot();
      for (const [name, message] of MALFORMED) {
        await w.page.evaluate((m) => window.postMessage(m, '*'), message as never);
        await w.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        assert.deepEqual(await snapshot(), before, `${name}: nothing changed`);
        const polluted = await w.page.evaluate(() => ({ object: ({} as Record<string, unknown>)['polluted'], type: ({} as Record<string, unknown>)['type'] }));
        assert.deepEqual(polluted, { object: undefined, type: undefined }, `${name}: Object.prototype untouched`);
      }
      assert.deepEqual(w.watch.consoleErrors, [], 'no error escaped');
      assert.deepEqual(w.watch.dialogs, []);
      assert.deepEqual(w.watch.leaks, []);
      assert.equal(await w.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
      // And a well-formed message still works afterwards.
      await w.post({ type: 'update', uri: 'file:///xss.airoadmap.yaml', version: 6, hasErrors: false, views: viewsOf(roadmapWith('Second title'), 'en', TODAY) });
      assert.match(await w.page.evaluate(() => document.body.textContent ?? ''), /Second title/);
      await w.page.close();
    });
  });
});
