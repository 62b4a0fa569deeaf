/**
 * Incremental checking equals a full re-check: random edit sequences are
 * applied to the examples and, after every edit, the incremental checker's
 * diagnostics, entity ranges, outline (document symbols) and hovers at every
 * line end are compared with `checkText` on the same text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isNode } from 'yaml';
import { ENTITY_SECTIONS } from '../../schemas/model';
import { checkText } from '../../server/src/core/index';
import { hover } from '../../server/src/core/features/hover';
import { cutEdited, splitChunks } from '../../server/src/core/language/incremental/checker';
import type { TextChange } from '../../server/src/core/index';
import { analyze, createIncrementalChecker } from '../../server/src/core/index';
import { codeActions } from '../../server/src/core/features/code-actions';
import { computeViews } from '../../server/src/core/views/compute';
import { documentSymbols } from '../../server/src/core/features/symbols';
import { foldingRanges } from '../../server/src/core/features/ranges';
import { PositionMapper } from '../../server/src/core/language/positions';
import type { RoadmapModel } from '../../server/src/core/language/model';
import { roadmapFiles } from '../helpers/fixtures';
import { generateRoadmap } from '../../bench/generate';
import { newWorkMeter } from '../../server/src/core/language/work';
import { collectedHeapMiB } from '../helpers/heap';

const root = join(__dirname, '..', '..');
const sources = [
  ...roadmapFiles(join(root, 'examples')),
  join(root, 'test', 'fixtures', 'dsl-example.airoadmap.yaml'),
  join(root, 'test', 'fixtures', 'rules', 'system-not-ready', 'bad.airoadmap.yaml'),
  join(root, 'test', 'fixtures', 'structure', 'duplicate-key', 'bad.airoadmap.yaml'),
  // Merge keys and `x-` keys (catalogue 2): with their aliases (the whole-document parse) ...
  join(root, 'test', 'fixtures', 'review', 'merge-keys.airoadmap.yaml'),
].map((f) => readFileSync(f, 'utf8'));
// ... and without anchors or aliases, so the cut is taken with `x-` keys and `<<` values that are not aliases in the chunks.
const mergeKeysUnaliased = sources[sources.length - 1]!.replace(/ &[a-z-]+/g, '').replace(/\*[a-z-]+/g, 'base');
sources.push(mergeKeysUnaliased);

type Edit =
  | { kind: 'value'; at: number; text: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'line'; op: 'delete' | 'duplicate' | 'indent' | 'dedent' | 'swap'; at: number };

const snippets = ['a', '1', ' ', '\n', ':', '-', '#', '[', ']', 'x: 1\n', '  ', 'value: 9', 'kpis: [k]', 'team:\n', '  new-id:\n    name: N\n', 'stage: pilot', '"', '{', '}', ',', 'owner: anna\n', 'risks:\n  r9:\n    title: T\n',
  // What the cut must refuse: document markers, directives, anchors, aliases, tags, explicit keys.
  '---\n', '...\n', '%YAML 1.2\n', '&a ', '*a', '!!str ', '[*a]', 'x: &b\n', '? k\n', 'R&D', 'a*b', 'wow!',
  // Merge keys and extension keys: a merge needs an alias, a `<<` without one is read in its chunk.
  '    <<: *scores\n', '    <<: [*a, *b]\n', '<<: 5', '    <<: base\n', 'x-base: &base\n  stage: production\n', 'x-note: 1\n', '  <<: {a: 1}\n',
  // Where yaml's ranges depend on what follows: empty values, trailing comments, an empty section.
  '  inid:\n', '    actuals:\n      # d\n', '    # c\n', '# c\n', 'kpis:\n'];

const values = ['x', '7', '3', '', 'pilot', 'anna', 'high', 'true', 'no', '2027-13-01', '9-13', 'search-time', 'Quote: text',
  // Typical input: digit grouping and a decimal comma (number-format, the field counts as the number meant), a boolean word, a dotted date, a Norwegian value.
  '95.000', '12 500', '3,1', 'ja', '04.01.2027', 'produksjon'];

// Mostly edits of values (what typing does), sometimes structure.
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('value' as const), at: fc.nat(), text: fc.constantFrom(...values) }) },
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...snippets) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('line' as const), op: fc.constantFrom('delete' as const, 'duplicate' as const, 'indent' as const, 'dedent' as const, 'swap' as const), at: fc.nat() }),
);

function apply(text: string, edit: Edit): string {
  if (edit.kind === 'value') {
    const lines = text.split('\n');
    const candidates = lines.map((l, i) => (/^\s+[a-z_]+: \S/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (candidates.length === 0) return text;
    const i = candidates[edit.at % candidates.length]!;
    lines[i] = lines[i]!.replace(/^(\s+[a-z_]+: ).*$/, `$1${edit.text}`);
    return lines.join('\n');
  }
  if (edit.kind === 'insert') {
    const at = edit.at % (text.length + 1);
    return text.slice(0, at) + edit.text + text.slice(at);
  }
  if (edit.kind === 'delete') {
    const at = edit.at % (text.length + 1);
    return text.slice(0, at) + text.slice(at + edit.length);
  }
  const lines = text.split('\n');
  const i = edit.at % lines.length;
  switch (edit.op) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, lines[i]!);
      break;
    case 'indent':
      lines[i] = `  ${lines[i]}`;
      break;
    case 'dedent':
      lines[i] = lines[i]!.replace(/^ {1,2}/, '');
      break;
    case 'swap':
      if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
      break;
  }
  return lines.join('\n');
}

/** The model, seen through a view that counts reads of its whole-file YAML document. */
function countDocumentReads(model: RoadmapModel): { model: RoadmapModel; reads: () => number } {
  let count = 0;
  const view = Object.create(model, {
    document: {
      get() {
        count++;
        return model.document;
      },
    },
  }) as RoadmapModel;
  return { model: view, reads: () => count };
}

function entityShape(model: RoadmapModel) {
  const out: unknown[] = [];
  for (const section of ['team', 'systems', 'data_sources', 'use_cases', 'kpis', 'risks', 'plan'] as const) {
    for (const e of model[section].values()) out.push([section, e.id, e.idRange, e.range, model.mapper.offsetAt(e.range.start), model.mapper.offsetAt(e.range.end), e.data, [...e.present].sort(), [...e.locations.entries()]]);
  }
  return out;
}

/** The hover at the end of every line (where a cursor sits after typing `  id:`). */
function lineEndHovers(model: RoadmapModel): unknown[] {
  return model.text.split('\n').map((line, i) => hover(model, { line: i, character: line.length }, 'en'));
}

test('the examples are cut into chunks (the fast path is taken)', () => {
  for (const text of sources.slice(0, 2)) {
    const chunks = splitChunks(text);
    assert.ok(chunks && chunks.length > 20, 'examples should be chunked');
  }
});

test('x- keys and a `<<` without an alias take the chunked path, with the result of the full check', () => {
  const checker = createIncrementalChecker();
  const incremental = checker.check(mergeKeysUnaliased, LATE);
  assert.equal(checker.lastFallback, false);
  const full = checkText(mergeKeysUnaliased, LATE);
  assert.deepEqual(incremental.diagnostics, full.diagnostics);
  assert.ok(full.diagnostics.some((d) => d.code === 'wrong-type' && d.message.includes("'use_cases.doc-search.<<'")), 'the `<<` without an alias is reported');
  assert.ok(!full.diagnostics.some((d) => d.code === 'unknown-key' && d.message.includes("'x-")), 'no unknown-key for x- keys');
});

test('an edit inside one entity re-walks only that entity', () => {
  const text = sources[0]!;
  const checker = createIncrementalChecker();
  checker.check(text);
  const at = text.indexOf('title:') + 'title: '.length;
  checker.check(`${text.slice(0, at)}X${text.slice(at)}`);
  assert.equal(checker.lastFallback, false);
  assert.equal(checker.lastWalked, 1);
});

/** A today late enough that the date rules fire on the examples (plan weeks past, six months after the start). */
const LATE = { today: '2027-09-01' } as const;

test('incremental result equals a full re-check after every edit', () => {
  let checks = 0;
  let fast = 0;
  fc.assert(
    fc.property(fc.integer({ min: 0, max: sources.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 12 }), (which, edits) => {
      const checker = createIncrementalChecker();
      let text = sources[which]!;
      checker.check(text);
      for (const edit of edits) {
        text = apply(text, edit);
        const incremental = checker.check(text, LATE);
        checks++;
        if (!checker.lastFallback) fast++;
        const full = checkText(text, LATE);
        assert.deepEqual(incremental.diagnostics, full.diagnostics);
        assert.deepEqual(entityShape(incremental.model), entityShape(full.model));
        assert.deepEqual(documentSymbols(incremental.model, 'en'), documentSymbols(full.model, 'en'));
      }
      // Hovers at every line end of the last version (a sweep of every line re-parses every chunk: once a run).
      const incremental = checker.check(text);
      if (!checker.lastFallback) assert.deepEqual(lineEndHovers(incremental.model), lineEndHovers(checkText(text).model));
    }),
    { numRuns: 120, seed: 20261126 },
  );
  // The comparison means something only if the chunked path was taken often.
  assert.ok(fast / checks > 0.3, `only ${fast} of ${checks} checks took the incremental path`);
});

/** Every property of a value, read through its getters (own and inherited), as plain data; functions and YAML nodes left out. */
function everyProperty(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8 || isNode(value)) return '…';
  if (Array.isArray(value)) return value.map((v) => everyProperty(v, depth + 1));
  if (value instanceof Map) return [...value].map(([k, v]) => [k, everyProperty(v, depth + 1)]);
  if (value instanceof Set) return [...value].sort();
  const names = new Set<string>();
  for (let o: object | null = value; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const name of Object.getOwnPropertyNames(o)) if (name !== 'constructor') names.add(name);
  }
  const out: Record<string, unknown> = {};
  for (const name of [...names].sort()) {
    const v = (value as Record<string, unknown>)[name];
    if (typeof v !== 'function') out[name] = everyProperty(v, depth + 1);
  }
  return out;
}

test('an analysis stays valid after later checks: entities hold ranges only, so a model kept by the caller answers for its own text', () => {
  // The organization's name sits before every entity; lengthening it moves their offsets and keeps their lines,
  // so the incremental checker reuses every placed entity in the next model.
  const text = sources[0]!;
  const at = text.indexOf('name:') + 'name: '.length;
  const withName = (extra: string) => `${text.slice(0, at)}${extra}${text.slice(at)}`;
  const checker = createIncrementalChecker();
  checker.check(text, LATE);
  const kept = analyze(withName('Nord'), LATE, checker);
  assert.equal(checker.lastFallback, false);
  const answers = (model: RoadmapModel) => ({
    entities: entityShape(model),
    symbols: documentSymbols(model, 'en'),
    views: JSON.stringify(computeViews(model, 'en', LATE.today)),
    actions: codeActions(model, kept.diagnostics, { start: { line: 0, character: 0 }, end: { line: model.text.split('\n').length, character: 0 } }, 'en', LATE.today),
  });
  // Every property an entity offers, its getters too (a getter reading another text's mapper would change).
  const everything = (model: RoadmapModel) => ENTITY_SECTIONS.map((section) => [...model[section].values()].map((e) => everyProperty(e)));
  const before = answers(kept.model);
  const beforeEverything = everything(kept.model);
  assert.deepEqual(before, answers(checkText(withName('Nord'), LATE).model), 'the kept model equals the full check of its text');
  // Later checks of other texts by the same checker, shifting the same entities by other amounts.
  for (const extra of ['', 'Nordlys og Fjell', 'N']) {
    checker.check(withName(extra), LATE);
    assert.equal(checker.lastFallback, false);
    assert.equal(checker.lastWalked, 1, 'only the organization chunk is re-walked: the entities are reused');
  }
  assert.deepEqual(answers(kept.model), before, 'the kept model answers as before the later checks');
  assert.deepEqual(everything(kept.model), beforeEverything, 'every property of its entities reads as before');
});

test('outline ranges, entity ranges and line-end hovers agree where yaml ranges depend on what follows', () => {
  const head = 'airoadmap: 1\norganization:\n  name: A\n';
  const cases = [
    // A section's end: the full parse's map ran on to the next line, the chunks' text stopped at the last character.
    `${head}kpis:\n  k1:\n    name: K\n    baseline: 1\n    target: 2\n  k2:\n    name: L\n`,
    // Trailing comments after a section.
    `${head}kpis:\n  k1:\n    name: K  # c\n\n# comment\n`,
    `${head}kpis:\n  k1:\n    name: K\n    # c\nrisks:\n  r1:\n    title: T\n`,
    // An entity whose last value is empty and followed by a comment: its yaml range reached into the next entity's line.
    `${head}kpis:\n  k1:\n# c\n  \n  k2:\n    actuals:\n      # d\n  inid:\n`,
    // An empty entity last in the file: the hover at the end of \`  inid:\`.
    `${head}kpis:\n  k1:\n    name: K\n\n  inid:\n`,
    `${head}kpis:\n    # c\n  k2:\n  k1:\n      \n`,
    // An entity section with no entities (and a duplicate head): the hover at the end of its line.
    `${head}use_cases:\nuse_cases:\n  u1:\n    title: T\n`,
    `${head}kpis:\nrisks:\n  r1:\n    title: T\n`,
  ];
  // Both ways of a first check: the whole document walked once and cut into chunks (the open), and each chunk walked alone.
  for (const [text, wholeParse] of cases.flatMap((c) => [[c, true], [c, false]] as const)) {
    const checker = createIncrementalChecker();
    checker.wholeParseWhenNothingCached = wholeParse;
    const incremental = checker.check(text).model;
    assert.equal(checker.lastFallback, false, `the chunked path is taken for ${JSON.stringify(text)}`);
    assert.equal(checker.lastWholeParse, wholeParse);
    const full = checkText(text).model;
    assert.deepEqual(documentSymbols(incremental, 'en'), documentSymbols(full, 'en'), `outline of ${JSON.stringify(text)}`);
    assert.deepEqual(entityShape(incremental), entityShape(full), `entities of ${JSON.stringify(text)}`);
    assert.deepEqual(lineEndHovers(incremental), lineEndHovers(full), `line-end hovers of ${JSON.stringify(text)}`);
    // Every entity lies inside its section in the outline (LSP: a child's range is inside its parent's).
    for (const section of documentSymbols(full, 'en')) {
      for (const child of section.children ?? []) {
        const inside = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
        assert.ok(inside(section.range.start, child.range.start) && inside(child.range.end, section.range.end), `${section.name}.${child.name} inside its section`);
      }
    }
  }
});

test('hover on an incremental model matches the full model and parses only the chunk', async () => {
  const { hover } = await import('../../server/src/core/features/hover');
  const { parseRoadmap } = await import('../../server/src/core/language/parse');
  const text = sources[0]!;
  const checker = createIncrementalChecker();
  const incremental = checker.check(text).model;
  const full = parseRoadmap(text).model;
  const { model: spied, reads } = countDocumentReads(incremental);
  const lines = text.split('\n');
  let compared = 0;
  for (let line = 0; line < lines.length; line++) {
    for (let character = 0; character <= lines[line]!.length; character += 3) {
      const position = { line, character };
      assert.deepEqual(hover(spied, position, 'en'), hover(full, position, 'en'), `at ${line + 1}:${character + 1}`);
      compared++;
    }
  }
  assert.ok(compared > 1000);
  assert.equal(reads(), 0, 'hover parsed the whole document');
});

test('folding ranges of an incremental model match the full model, without a whole-file parse', async () => {
  const { foldingRanges } = await import('../../server/src/core/features/ranges');
  const { parseRoadmap } = await import('../../server/src/core/language/parse');
  for (const text of sources) {
    const checker = createIncrementalChecker();
    const incremental = checker.check(text).model;
    if (checker.lastFallback) continue;
    const { model: spied, reads } = countDocumentReads(incremental);
    assert.deepEqual(foldingRanges(spied), foldingRanges(parseRoadmap(text).model));
    assert.equal(reads(), 0);
  }
});

test('cached chunks and chunk parses keep no slice of an old version of the document alive', () => {
  // V8 keeps the whole string alive behind any slice of it. A chunk result
  // built from a slice of version k's text would keep version k's text as
  // long as that chunk stays unchanged: one whole copy of the document per
  // edited entity. A 1 MB comment makes each copy visible on the heap.
  const base = `# ${'x'.repeat(1 << 20)}\n${sources[0]!}`;
  const titles: number[] = [];
  for (let at = base.indexOf('\n    title: '); at >= 0; at = base.indexOf('\n    title: ', at + 1)) titles.push(base.indexOf('\n', at + 1));
  assert.ok(titles.length >= 5, `the example has titles to edit (${titles.length})`);
  const checker = createIncrementalChecker();
  checker.check(base);
  const before = collectedHeapMiB();
  // Type a character at the end of each title in turn (inside its quotes if it has them):
  // each check re-walks one entity chunk.
  let text = base;
  for (const [i, eol] of [...titles].reverse().entries()) {
    const at = text[eol - 1] === '"' ? eol - 1 : eol;
    text = text.slice(0, at) + 'z' + text.slice(at);
    const { model } = checker.check(text);
    assert.equal(checker.lastFallback, false, `edit ${i} took the incremental path`);
    // A hover on the edited title's key parses that chunk on its own (cursor.ts keeps the last 64).
    const line = new PositionMapper(text).toLspPosition(at).line;
    assert.ok(hover(model, { line, character: 6 }, 'en'), `a hover on the title key of edit ${i}`);
  }
  const grown = collectedHeapMiB() - before;
  assert.ok(grown < titles.length / 2, `the heap grew ${grown.toFixed(1)} MiB over ${titles.length} edits of a 1 MiB document`);
});

/** What an entity offers through the `Entity` interface (whether it is the walked entity or one placed at another line). */
function entityFaces(model: RoadmapModel): unknown[] {
  return ENTITY_SECTIONS.map((section) =>
    [...model[section].values()].map((e) => ({
      section: e.section,
      id: e.id,
      validId: e.validId,
      idRange: e.idRange,
      range: e.range,
      data: e.data,
      present: [...e.present].sort(),
      invalid: [...e.invalid].sort(),
      locations: [...e.locations].map(([path, loc]) => [path, loc, e.has(path), e.keyRange(path), e.rangeOf(path)]),
    })),
  );
}

/** How many chunks of a text are entity sections' heads (each walked alone on open: a line or so). */
function heads(text: string): { count: number; chars: number } {
  const chunks = splitChunks(text)!.filter((c) => c.kind === 'head');
  return { count: chunks.length, chars: chunks.reduce((n, c) => n + c.text.length, 0) };
}

test('the open parses the whole document once and walks it once, and equals the full check', () => {
  for (const text of [...sources.slice(0, 3), generateRoadmap(200).text, generateRoadmap(200, undefined, 'findings').text]) {
    const checker = createIncrementalChecker();
    const meter = newWorkMeter();
    const opened = checker.check(text, { ...LATE, work: meter });
    assert.equal(checker.lastFallback, false);
    assert.equal(checker.lastWholeParse, true);
    const { count, chars } = heads(text);
    // One parse of the document; the entity sections' heads (`use_cases:`) are parsed alone, a line each.
    assert.equal(meter.yamlParses, 1 + count, `${meter.yamlParses} parses, ${count} heads`);
    assert.equal(meter.parsedChars, text.length + chars);
    assert.ok(chars < text.length / 20, `${chars} characters in heads`);
    const full = checkText(text, LATE);
    assert.deepEqual(opened.diagnostics, full.diagnostics);
    assert.deepEqual(entityShape(opened.model), entityShape(full.model));
    assert.deepEqual(documentSymbols(opened.model, 'en'), documentSymbols(full.model, 'en'));
    // Chunk by chunk, for comparison: one parse per chunk.
    const chunked = createIncrementalChecker();
    chunked.wholeParseWhenNothingCached = false;
    const perChunk = newWorkMeter();
    chunked.check(text, { work: perChunk });
    assert.equal(perChunk.yamlParses, splitChunks(text)!.filter((c) => c.kind !== 'preamble').length);
    // The edit after the open re-walks the one chunk it touched, from the results the open cut.
    const at = text.indexOf('title:') + 'title: '.length;
    const edited = `${text.slice(0, at)}X${text.slice(at)}`;
    const edit = newWorkMeter();
    const after = checker.check(edited, { ...LATE, work: edit });
    assert.equal(checker.lastWalked, 1);
    assert.equal(edit.yamlParses, 1);
    assert.deepEqual(after.diagnostics, checkText(edited, LATE).diagnostics);
  }
});

test('an edit told as one takes the results of the chunks it kept without looking them up by text; the cache stays bounded', () => {
  const text0 = generateRoadmap(200).text;
  const chunks = splitChunks(text0)!.filter((c) => c.kind !== 'preamble').length;
  const checker = createIncrementalChecker();
  checker.check(text0, LATE);
  let text = text0;
  // More edits than the cache's slack (256), so it is made again from the text's chunks on the way.
  for (let i = 0; i < 300; i++) {
    const at = text.indexOf('title: ', Math.floor((text.length * ((i * 7) % 100)) / 100)) + 'title: '.length;
    const next = `${text.slice(0, at)}${String.fromCharCode(97 + (i % 26))}${text.slice(at)}`;
    const meter = newWorkMeter();
    const result = checker.check(next, { ...LATE, work: meter }, { from: text, changes: [{ start: at, end: at, text: next.slice(at, at + 1) }] });
    assert.ok(checker.lastCutFromEdit);
    // The chunks around the change only (a few entities), not the whole text.
    assert.ok(meter.chunkKeyChars < next.length / 50, `edit ${i}: ${meter.chunkKeyChars} characters looked up of ${next.length}`);
    assert.ok(checker.size <= chunks + 256 + 1, `edit ${i}: ${checker.size} results cached for ${chunks} chunks`);
    if (i % 60 === 0 || i === 299) assert.deepEqual(result.diagnostics, checkText(next, LATE).diagnostics, `edit ${i}`);
    text = next;
  }
  // Told as a text alone, every chunk is looked up by its text.
  const meter = newWorkMeter();
  checker.check(`${text}\n`, { ...LATE, work: meter });
  assert.ok(meter.chunkKeyChars > text.length * 0.9);
  // Back to an old text: its chunks that are still cached are not walked again.
  checker.check(text0, LATE);
  assert.ok(checker.lastWalked < chunks / 2, `${checker.lastWalked} of ${chunks} walked again`);
});

test('a document with a syntax error is parsed once on open (the whole-document path takes that parse)', () => {
  const text = `${sources[0]!}\nrisks_extra:\n  x: "unclosed\n`;
  const checker = createIncrementalChecker();
  const meter = newWorkMeter();
  const opened = checker.check(text, { work: meter });
  assert.equal(checker.lastFallback, true);
  assert.equal(meter.yamlParses, 1);
  assert.deepEqual(opened.diagnostics, checkText(text).diagnostics);
});

test('results cut from the open\'s whole-document walk equal the chunks walked alone, through later edits', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: sources.length - 1 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), (which, edits) => {
      let text = sources[which]!;
      const opened = createIncrementalChecker();
      const alone = createIncrementalChecker();
      alone.wholeParseWhenNothingCached = false;
      for (let i = 0; i <= edits.length; i++) {
        if (i > 0) text = apply(text, edits[i - 1]!);
        const a = opened.check(text, LATE);
        const b = alone.check(text, LATE);
        assert.deepEqual(a.diagnostics, b.diagnostics);
        assert.deepEqual(entityShape(a.model), entityShape(b.model));
        assert.deepEqual(documentSymbols(a.model, 'en'), documentSymbols(b.model, 'en'));
        assert.deepEqual(entityFaces(a.model), entityFaces(b.model));
        assert.deepEqual(foldingRanges(a.model), foldingRanges(b.model));
      }
    }),
    { numRuns: 60, seed: 20261207 },
  );
});

/** A change as offsets: at `at` (mod the length), `remove` characters replaced by `text`. */
type OffsetEdit = { at: number; remove: number; text: string };
const offsetEditArb: fc.Arbitrary<OffsetEdit> = fc.record({
  at: fc.nat(),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 40 })),
  text: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, fc.constantFrom(...snippets, '\r\n', '\r', '\t', '')),
});

/** Applies edits one after another (each into the text the ones before made), as LSP's content changes are. */
function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): { text: string; changes: TextChange[] } {
  const changes: TextChange[] = [];
  for (const edit of edits) {
    const start = edit.at % (text.length + 1);
    const end = Math.min(text.length, start + edit.remove);
    changes.push({ start, end, text: edit.text });
    text = text.slice(0, start) + edit.text + text.slice(end);
  }
  return { text, changes };
}

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

test('cutting again around the changes gives the chunks of cutting the whole text', () => {
  let told = 0;
  let steps = 0;
  fc.assert(
    fc.property(fc.integer({ min: 0, max: sources.length - 1 }), fc.boolean(), fc.array(fc.array(offsetEditArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 10 }), (which, windows, events) => {
      let text = windows ? crlf(sources[which]!) : sources[which]!;
      let chunks = splitChunks(text);
      for (const event of events) {
        const next = applyOffsetEdits(text, event);
        const whole = splitChunks(next.text);
        if (chunks) {
          const edited = cutEdited(text, chunks, next.changes, next.text);
          steps++;
          if (edited) {
            told++;
            assert.deepEqual(edited, whole);
          }
        }
        text = next.text;
        chunks = whole;
      }
    }),
    { numRuns: 400, seed: 20261208 },
  );
  // Most edits of a text that can be cut keep the cut: the comparison means something only if those were told.
  assert.ok(told / steps > 0.6, `only ${told} of ${steps} cuts were made from the edit`);
});
