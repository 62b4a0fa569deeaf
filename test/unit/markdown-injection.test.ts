/**
 * Text from the file never becomes live Markdown (issue 18, item 2). Hovers
 * and completion documentation are Markdown; ids, names, titles, owners,
 * systems, use cases, units, quarters and every other string of the file
 * must show literally in them. A corpus of Markdown payloads is put in every
 * such field, every hover and completion document is rendered by a CommonMark
 * renderer (markdown-it, raw HTML and linkify on: the worst case; and off),
 * and each must hold the same HTML elements as the same document made from a
 * harmless value: no link, image or HTML element comes from the file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import type { CompletionItem, Hover, MarkupContent, Position } from 'vscode-languageserver-types';
import { complete } from '../../server/src/core/features/complete';
import { escapeMarkdown, markdownCode, markdownFence } from '../../server/src/core/texts/guidance';
import { hover } from '../../server/src/core/features/hover';
import { parseRoadmap } from '../../server/src/core/language/parse';

type Renderer = ReturnType<typeof MarkdownIt>;

const RENDERERS: [string, Renderer][] = [
  ['raw HTML and linkify on', new MarkdownIt({ html: true, linkify: true })],
  ['CommonMark defaults', new MarkdownIt()],
];

const PAYLOADS = [
  // The issue's: a backtick closes the code span, the rest renders.
  'x` ![p](http://127.0.0.1:8765/pixel.png) [click me](https://evil.example/) `x',
  // Backticks of several lengths, at the ends and inside.
  '`',
  '``',
  '```',
  'a`b``c```d',
  '` x `',
  '``x` [l](https://evil.example/)',
  'x``',
  // Images, links, reference links and their definitions.
  '![img](http://127.0.0.1:8765/pixel.png)',
  '[link](https://evil.example/ "title")',
  '[link][r]\n\n[r]: https://evil.example/',
  '[r]: https://evil.example/',
  '[r]',
  '![a](<http://127.0.0.1:8765/p.png>)',
  // Autolinks, bare URLs, www and e-mail addresses.
  '<https://evil.example/>',
  '<mailto:a@evil.example>',
  '<a@evil.example>',
  'see https://evil.example/x now',
  'www.evil.example',
  'evil.com',
  'mail a@evil.example',
  '//evil.example/x',
  // Raw HTML.
  '<img src=x onerror=alert(1)>',
  '<a href="https://evil.example/">x</a>',
  '<script>alert(1)</script>',
  '<div>block</div>',
  '<!-- comment -->',
  '<?php x ?>',
  '<![CDATA[x]]>',
  // Entity and character references.
  '&lt;img src=x&gt;',
  '&#60;a href=x&#62;',
  '&copy; &amp; &#x41;',
  // Emphasis and other inline markup.
  '*em* **strong** _u_ __uu__ ~~del~~',
  '\\*not em\\* \\',
  'trailing\\',
  // Blocks after line breaks (\n, \r\n, a lone \r), and at the start.
  'line\n# heading',
  'line\n- item',
  'line\n1. item',
  'line\n> quote',
  'line\n\n    code',
  'line\n---',
  'line\n===',
  'line\n```\ncode',
  'line\n<div>html</div>',
  'line\r\n# heading',
  'line\r<img src=x>',
  'line\u2028[y](https://evil.example/)',
  '# heading',
  '- item',
  '1. item',
  '> quote',
  '---',
  '    indented',
  '| a | b |\n|---|---|\n| c | d |',
];

const HARMLESS = 'plainword';

/** A roadmap with `v` in every string field a hover or a completion document shows. */
function roadmap(v: string): string {
  const q = JSON.stringify(v);
  const missing = JSON.stringify(`${v}-missing`);
  return [
    'airoadmap: 1',
    'organization:',
    '  name: Acme',
    'team:',
    `  ${q}:`,
    `    name: ${q}`,
    `    title: ${q}`,
    `    skills: [${q}]`,
    'systems:',
    `  ${q}:`,
    `    name: ${q}`,
    `    kind: ${q}`,
    '    readiness: 4',
    `    hosting: ${q}`,
    `    api: ${q}`,
    'data_sources:',
    '  src:',
    `    name: ${q}`,
    `    system: ${q}`,
    `    kind: ${q}`,
    'use_cases:',
    `  ${q}:`,
    `    title: ${q}`,
    `    owner: ${q}`,
    `    stage: ${q}`,
    '    value: 4',
    '    feasibility: 4',
    '    effort: 2',
    `    systems: [${q}]`,
    `    kpis: [${q}]`,
    `    risks: [${q}]`,
    '  other:',
    `    owner: ${missing}`,
    `    systems: [${missing}]`,
    'kpis:',
    `  ${q}:`,
    `    name: ${q}`,
    `    unit: ${q}`,
    '    baseline: 1',
    '    target: 2',
    `    direction: ${q}`,
    '    actuals:',
    `      ${q}: 3`,
    'risks:',
    `  ${q}:`,
    `    title: ${q}`,
    `    category: ${q}`,
    '    likelihood: 2',
    '    impact: 3',
    `    owner: ${q}`,
    `    mitigation: ${q}`,
    'plan:',
    '  p1:',
    `    title: ${q}`,
    `    weeks: ${q}`,
    `    owner: ${q}`,
    `    use_case: ${q}`,
    '',
  ].join('\n');
}

/** Positions to hover on each line: on the key, on the value, on a flow list's first item. */
function hoverPositions(text: string): Position[] {
  const out: Position[] = [];
  text.split('\n').forEach((line, i) => {
    const indent = line.length - line.trimStart().length;
    if (line.trim().length === 0) return;
    out.push({ line: i, character: indent + 1 });
    // After the key (a double-quoted one may hold `: `): the value, or a flow list's first item.
    let end = indent;
    if (line[indent] === '"') for (end = indent + 1; end < line.length && line[end] !== '"'; end++) if (line[end] === '\\') end++;
    const colon = line.indexOf(': ', end);
    if (colon >= 0) out.push({ line: i, character: colon + (line[colon + 2] === '[' ? 4 : 3) });
  });
  return out;
}

/** Completion requests whose documentation summarises entities or previews snippets with ids. */
function completionTexts(v: string): { text: string; position: Position }[] {
  const base = roadmap(v).split('\n');
  const at = (needle: string, replacement: string): { text: string; position: Position } => {
    const i = base.findIndex((l) => l.startsWith(needle));
    assert.ok(i >= 0, needle);
    const lines = [...base];
    lines[i] = replacement;
    return { text: lines.join('\n'), position: { line: i, character: replacement.length } };
  };
  return [
    at('    owner: ', '    owner: '), // team ids
    at('    system: ', '    system: '), // system ids
    at('    use_case: ', '    use_case: '), // use case ids
    at('    kpis: [', '    kpis: ['), // KPI ids in a list
    at('    risks: [', '    risks: ['), // risk ids in a list
    at('  other:', '  '), // a new use case: its snippet's preview names a team member and systems
    at('plan:', ''), // top level: section snippets, previews with ids
  ];
}

function markdownOf(value: Hover | CompletionItem | null): string | undefined {
  if (!value) return undefined;
  const content = 'contents' in value ? value.contents : value.documentation;
  if (content === undefined) return undefined;
  if (typeof content === 'string') return content;
  assert.ok(!Array.isArray(content), 'hover contents are one markup content');
  assert.equal((content as MarkupContent).kind, 'markdown');
  return (content as MarkupContent).value;
}

/** The HTML elements of rendered HTML, by tag name and count (attributes left out). */
function elements(html: string): string {
  const counts = new Map<string, number>();
  for (const m of html.matchAll(/<\s*([A-Za-z][A-Za-z0-9-]*)/g)) counts.set(m[1]!.toLowerCase(), (counts.get(m[1]!.toLowerCase()) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([tag, n]) => `${tag}×${n}`).join(' ');
}

function assertInert(md: string, harmless: string | undefined, renderer: Renderer, what: string): void {
  const html = renderer.render(md);
  assert.doesNotMatch(html, /<a[\s>]|<img[\s>/]|<script|<div|<!--|<\?|<!\[CDATA|<h[1-6][\s>]|<blockquote|<table|<del|<hr/i, `${what}: ${html}`);
  assert.equal(elements(html), harmless === undefined ? elements(html) : elements(renderer.render(harmless)), `${what}: other elements than with a harmless value\n${md}\n${html}`);
}

/** The text a renderer shows for HTML: tags out, the five entities of markdown-it's escaping decoded. */
function shownText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

test('the helpers: running text, code spans and fences show the file’s text literally', () => {
  const md = new MarkdownIt({ html: true, linkify: true });
  for (const payload of [...PAYLOADS, HARMLESS]) {
    const text = md.render(escapeMarkdown(payload));
    assert.equal(elements(text), collapse(payload).length > 0 ? 'p×1' : '', `text: ${JSON.stringify(payload)} → ${text}`);
    assert.equal(collapse(shownText(text)), collapse(payload), `text shown literally: ${JSON.stringify(payload)}`);

    const code = md.render(`in ${markdownCode(payload)} here`);
    assert.equal(elements(code), 'code×1 p×1', `code: ${JSON.stringify(payload)} → ${code}`);
    const inside = /<code>([\s\S]*)<\/code>/.exec(code)![1]!;
    assert.equal(shownText(inside), payload.replace(/\s/g, ' '), `code shown literally: ${JSON.stringify(payload)}`);

    const fence = md.render(`before\n\n${markdownFence(`owner: ${payload}\n`, 'yaml')}\n\nafter`);
    assert.equal(elements(fence), 'code×1 p×2 pre×1', `fence: ${JSON.stringify(payload)} → ${fence}`);
    assert.equal(shownText(/<code[^>]*>([\s\S]*)<\/code>/.exec(fence)![1]!), `owner: ${payload.replace(/\r\n?/g, '\n')}\n`);
  }
});

test('hovers show every string of the file literally: no link, image or HTML element from the file', () => {
  const harmlessText = roadmap(HARMLESS);
  const harmlessModel = parseRoadmap(harmlessText).model;
  const harmlessPositions = hoverPositions(harmlessText);
  let compared = 0;
  for (const payload of PAYLOADS) {
    const text = roadmap(payload);
    const model = parseRoadmap(text).model;
    const positions = hoverPositions(text);
    assert.equal(positions.length, harmlessPositions.length, 'the same places to hover');
    positions.forEach((position, i) => {
      const md = markdownOf(hover(model, position, 'en'));
      const harmless = markdownOf(hover(harmlessModel, harmlessPositions[i]!, 'en'));
      assert.equal(md === undefined, harmless === undefined, `a hover at ${position.line}:${position.character} for ${JSON.stringify(payload)} as with a harmless value`);
      if (md === undefined) return;
      for (const [name, renderer] of RENDERERS) assertInert(md, harmless, renderer, `hover at ${position.line}:${position.character} (${name}) for ${JSON.stringify(payload)}`);
      compared++;
    });
    // The use case's id: its summary names it, its title and its owner, as written.
    const line = text.split('\n').indexOf(`  ${JSON.stringify(payload)}:`, text.split('\n').indexOf('use_cases:'));
    const summary = shownText(new MarkdownIt().render(markdownOf(hover(model, { line, character: 3 }, 'en'))!));
    assert.ok(collapse(summary).includes(collapse(payload)), `the use case's title shows as written: ${JSON.stringify(payload)}\n${summary}`);
  }
  assert.ok(compared > PAYLOADS.length * 40, `${compared} hovers compared`);
});

test('completion documentation shows every string of the file literally', () => {
  const harmless = completionTexts(HARMLESS).map(({ text, position }) => complete(text, parseRoadmap(text).model, position, 'en'));
  let compared = 0;
  for (const payload of PAYLOADS) {
    let shown = 0;
    completionTexts(payload).forEach(({ text, position }, k) => {
      const items = complete(text, parseRoadmap(text).model, position, 'en');
      // Each item is paired with the harmless one of the same label (the id written harmlessly).
      // (Completion reads ids from the text around the cursor as well as from the model: a quoted
      // id with `"` or `: ` in it may come in another order, or not at all. Unpaired, an item
      // still must hold no link, image or HTML.)
      const byLabel = new Map(harmless[k]!.map((item) => [item.label, item]));
      for (const item of items) {
        const md = markdownOf(item);
        if (md === undefined) continue;
        const twin = byLabel.get(item.label.split(payload).join(HARMLESS));
        for (const [name, renderer] of RENDERERS) {
          assertInert(md, twin ? markdownOf(twin) : undefined, renderer, `completion ${JSON.stringify(item.label)} (${name}) for ${JSON.stringify(payload)}`);
        }
        if (twin) compared++;
        if (collapse(shownText(new MarkdownIt().render(md))).includes(collapse(payload))) shown++;
      }
    });
    assert.ok(shown > 0, `some completion document summarises an entity named ${JSON.stringify(payload)}`);
  }
  assert.ok(compared > PAYLOADS.length * 10, `${compared} documents compared`);
});
