/**
 * The Norwegian pass (issue 12, item 5): every Norwegian string the tool can
 * show (test/helpers/nb-strings.ts collects them: rule and structure
 * messages with real and large arguments, titles, reasons, hover guidance,
 * views' labels, the command line, the client, the manifest, the walkthrough,
 * the starter, and what the features say) writes numbers the Norwegian way,
 * shows no YAML parser message in English, and keeps to the glossary
 * (server/src/core/texts/glossary.ts → docs/glossary.md): no term's English
 * word or field key in prose (a key may stand in code formatting), no avoided
 * word, and "fase" never for a use case's stage.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkText } from '../../server/src/core/index';
import { CALQUES, GLOSSARY, englishWordsOf } from '../../server/src/core/texts/glossary';
import { YAML_ERROR_TEXTS, yamlErrorText } from '../../server/src/core/texts/yaml-errors';
import { FIELD_WORDS_GENERATED, fieldWordsSource, GLOSSARY_DOC, glossaryMarkdown } from '../../scripts/gen-glossary';
import { BIG, MALFORMED, ROOT, allNbStrings, type NbString } from '../helpers/nb-strings';

/** Markdown's escapes undone, so `hosting\_region` reads as the key it is. */
const unescape = (text: string) => text.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');

/**
 * The prose of a string: without code (fenced blocks, `inline`), single-quoted
 * keys and values ('stage'), hover headings naming a key (**stage**,
 * **stage: pilot**), command-line options and their choices
 * (matrix|timeline), paths and the product's name.
 */
export function prose(text: string): string {
  return unescape(text)
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/(?<![\p{L}\d])'[^'\n]*'(?![\p{L}\d])/gu, ' ')
    .replace(/\*\*[a-z][\w.]*(?::[^*\n]*)?\*\*/g, ' ')
    .replace(/(?<!\S)--?[a-z][\w-]*/g, ' ')
    .replace(/[\w-]+(?:\|[\w-]+)+/g, ' ')
    .replace(/\S*[/.]\S*\.(?:ya?ml|md|json|html|svg|sarif)\b|\bnode_modules\b/g, ' ')
    .replace(/\bAI Roadmap\b/g, ' ')
    .replace(/\bairoadmap\b/g, ' ');
}

/** Digits grouped the English way, or a number shown unformatted. */
const NUMBER_FAULTS: readonly [string, RegExp][] = [
  ['English digit grouping (50,000)', /\d{1,3}(?:,\d{3})+(?!\d)/],
  ['digit grouping with a full stop (50.000)', /(?<![\d.])\d{1,3}(?:\.\d{3})+(?![\d.])/],
  ['an English decimal point (3.5)', /(?<![\d.]|YAML )\d+\.\d{1,2}(?![\d.])/],
  ['an ungrouped large number', /(?<![\d.,-])\d{5,}(?!\d)/],
];

export function numberFaults(text: string): string[] {
  const p = prose(text);
  return NUMBER_FAULTS.filter(([, re]) => re.test(p)).map(([what]) => `${what}: ${re(p, NUMBER_FAULTS.find(([w]) => w === what)![1])}`);
}

/** The matched piece with some context, for the failure message. */
function re(text: string, pattern: RegExp): string {
  const m = pattern.exec(text);
  return m ? `…${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ')}…` : '';
}

/**
 * The English texts of the `yaml` library's errors and warnings: the literal
 * start of each message its source passes with an error code.
 */
function yamlLibraryMessages(): string[] {
  const dist = path.join(ROOT, 'node_modules', 'yaml', 'dist');
  const found = new Set<string>();
  for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!f.endsWith('.js')) continue;
    const source = readFileSync(path.join(dist, f), 'utf8');
    for (const m of source.matchAll(/'[A-Z_]{5,}',\s*(['"`])((?:(?!\1|\$\{).){10,})/g)) found.add(m[2]!.trim());
    for (const m of source.matchAll(/(?:const|let) message = (['"`])((?:(?!\1|\$\{).){10,})/g)) found.add(m[2]!.trim());
  }
  return [...found];
}

/** The `yaml` library's error codes, from its own type. */
function yamlErrorCodes(): string[] {
  const d = readFileSync(path.join(ROOT, 'node_modules', 'yaml', 'dist', 'errors.d.ts'), 'utf8');
  const union = /export type ErrorCode = ([^;]+);/.exec(d)?.[1] ?? '';
  return [...union.matchAll(/'([A-Z_0-9]+)'/g)].map((m) => m[1]!);
}

const wordPattern = (word: string) => new RegExp(`(?<![\\p{L}\\d_-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0]+')}(?![\\p{L}\\d_-])`, /[_A-Z]/.test(word) ? 'u' : 'iu');

/**
 * The language's enumeration values (from the model's source), but those that
 * are Bokmål or acronyms too: written as code where they stand in Norwegian prose.
 */
const ENUM_VALUES: readonly string[] = (() => {
  const source = readFileSync(path.join(ROOT, 'schemas', 'model.ts'), 'utf8');
  const values = [...source.matchAll(/z\.enum\(\[([^\]]+)\]\)|const SKILLS = \[([^\]]+)\]/g)].flatMap((m) => [...(m[1] ?? m[2] ?? '').matchAll(/'([\w-]+)'/g)].map((v) => v[1]!));
  const bokmaalToo = new Set(['pilot', 'hybrid', 'erp', 'crm', 'dms', 'api', 'ml', 'llm', 'etl', 'eu', 'rest', 'graphql', 'soap', 'custom', 'project', 'email', 'documents', 'file', 'other', 'collaboration', 'security', 'minimal']);
  return [...new Set(values)].filter((v) => !bokmaalToo.has(v));
})();

/** The glossary's English words and keys, and its avoided words, found in a string's prose. */
export function glossaryFaults(text: string): string[] {
  const p = prose(text);
  const faults: string[] = [];
  for (const term of GLOSSARY) {
    for (const w of englishWordsOf(term)) if (wordPattern(w).test(p)) faults.push(`'${w}' (say ${term.nb}) ${re(p, wordPattern(w))}`);
    for (const w of term.avoid ?? []) if (wordPattern(w).test(p)) faults.push(`'${w}' (say ${term.nb}) ${re(p, wordPattern(w))}`);
  }
  for (const { calque, instead } of CALQUES) if (wordPattern(calque).test(p)) faults.push(`calque '${calque}' (say ${instead}) ${re(p, wordPattern(calque))}`);
  for (const v of ENUM_VALUES) {
    const value = new RegExp(`(?<![\\p{L}\\d_-])${v}(?![\\p{L}\\d_-])`, 'u');
    if (value.test(p)) faults.push(`the value '${v}' outside code formatting ${re(p, value)}`);
  }
  // A snake_case word is a key or a value of the language: code, so quoted, or said with its word.
  const snake = /(?<![\p{L}\d_-])[a-z]+(?:_[a-z\d]+)+(?![\p{L}\d_-])/u;
  if (snake.test(p)) faults.push(`a key or value outside code formatting ${re(p, snake)}`);
  // "fase" is the roadmap's phase; a use case's stage is its status.
  const stage = /\bfasen?\s+(?:idea|poc|pilot|production|retired|idé|PoC|produksjon|avviklet)\b/iu;
  if (stage.test(p)) faults.push(`"fase" for a stage ${re(p, stage)}`);
  return faults;
}

let collected: NbString[] | undefined;
const strings = () => (collected ??= allNbStrings());

const report = (faults: string[]) => (faults.length === 0 ? '' : `${faults.length} faults:\n${faults.slice(0, 60).join('\n')}`);

describe('every Norwegian string', () => {
  it('collects the strings of every source', () => {
    const all = strings();
    assert.ok(all.length > 1000, `${all.length} strings`);
    for (const source of ['title', 'reason', 'message', 'help', 'GUIDANCE', 'viewLabels', 'cliMessages', 'help general', 'CLIENT_MESSAGES', 'package.nls.nb.json', 'walkthroughs/nb', 'starter (nb)', 'hover', 'completion', 'quick fix']) {
      assert.ok(all.some((s) => s.where.includes(source)), `no strings from ${source}`);
    }
    // The large numbers reached the messages that take numbers.
    assert.ok(all.some((s) => s.where.includes(String(BIG)) && s.text.includes('123\u00a0456,75')), 'no message formatted the large number');
  });

  it('writes numbers the Norwegian way: no English digit grouping, no decimal point, no unformatted number', () => {
    const faults = strings().flatMap((s) => numberFaults(s.text).map((f) => `${s.where}: ${f}`));
    assert.equal(report(faults), '');
  });

  it('shows no YAML parser message in English', () => {
    const english = yamlLibraryMessages();
    assert.ok(english.length > 30, `${english.length} library messages`);
    const faults = strings().flatMap((s) => english.filter((e) => s.text.includes(e)).map((e) => `${s.where}: ${e}`));
    assert.equal(report(faults), '');
  });

  it('keeps to the glossary: no English term or key in prose, no avoided word or calque, no "fase" for a stage', () => {
    const faults = strings().flatMap((s) => glossaryFaults(s.text).map((f) => `${s.where}: ${f}`));
    assert.equal(report(faults), '');
  });

  it('the checks catch what they are for', () => {
    assert.deepEqual(numberFaults('mellom 2 000 og 5 000 EUR, 3,5 poeng, versjon YAML 1.2, dato 2027-01-04'), []);
    assert.equal(numberFaults('Budsjettet er 50,000–150,000 EUR.').length, 1);
    assert.equal(numberFaults('Beregn 50.000 euro.').length, 1);
    assert.equal(numberFaults('snitt 3.5 poeng').length, 1);
    assert.equal(numberFaults('verdien 123456 er høy').length, 1);
    assert.deepEqual(numberFaults("skriv `95000`, ikke '95.000'"), []);
    assert.deepEqual(glossaryFaults("Brukstilfellet 'pilot' har status pilot; sett `stage` eller 'quick_win'."), []);
    assert.ok(glossaryFaults('Datakilden scorer lavt på consistency.').length > 0);
    assert.ok(glossaryFaults('Brukstilfellet er i fasen pilot.').length > 0);
    assert.ok(glossaryFaults('Et konseptbevis viser at ideen virker.').length > 0);
    assert.ok(glossaryFaults('Uklart ansvar senker KI-prosjekter.').length > 0);
    assert.ok(glossaryFaults('Sett first_year i budsjettet.').length > 0);
    assert.ok(glossaryFaults('Oppgi det i hosting_region (eu, non_eu eller on_prem).').length > 0);
    assert.ok(glossaryFaults('Klassifiser det (prohibited, high, limited eller minimal).').length > 0);
    assert.deepEqual(glossaryFaults("Klassifiser det ('prohibited', 'high', 'limited' eller 'minimal'): minimal risiko."), []);
    assert.ok(glossaryFaults('**hosting\\_region** · tekst').length === 0);
  });
});

describe('the glossary', () => {
  it('docs/glossary.md is generated from the table (npm run docs)', () => {
    assert.equal(readFileSync(GLOSSARY_DOC, 'utf8'), glossaryMarkdown());
    assert.equal(readFileSync(FIELD_WORDS_GENERATED, 'utf8'), fieldWordsSource(), 'texts/field-words.generated.ts is the glossary’s (npm run docs)');
  });

  it('one word per concept: no Bokmål word for two terms, no term avoiding its own word', () => {
    const byWord = new Map<string, string>();
    for (const t of GLOSSARY) {
      assert.ok(!byWord.has(t.nb.toLowerCase()), `${t.nb}: for ${byWord.get(t.nb.toLowerCase())} and ${t.en}`);
      byWord.set(t.nb.toLowerCase(), t.en);
      assert.ok(!(t.avoid ?? []).some((a) => a.toLowerCase() === t.nb.toLowerCase()), t.en);
    }
    const stage = GLOSSARY.find((t) => t.keys.includes('stage'));
    assert.equal(stage?.nb, 'status');
    assert.equal(GLOSSARY.find((t) => t.keys.includes('phase'))?.nb, 'fase');
  });
});

describe('YAML parser errors in both languages', () => {
  it('every error code of the yaml library has an English and a Norwegian text', () => {
    const codes = yamlErrorCodes();
    assert.ok(codes.length >= 20, codes.join(', '));
    for (const code of codes) {
      const t = (YAML_ERROR_TEXTS as Readonly<Record<string, { en: string; nb: string } | undefined>>)[code];
      assert.ok(t?.en && t.nb && t.en !== t.nb, `${code}: no texts`);
    }
  });

  it('malformed inputs give Norwegian messages, with no English of the library', () => {
    const english = yamlLibraryMessages();
    for (const [what, text] of MALFORMED) {
      const [en, nb] = (['en', 'nb'] as const).map((locale) => checkText(text, { locale }).diagnostics.filter((d) => d.code === 'yaml-syntax'));
      assert.ok(nb!.length > 0, `${what}: no yaml-syntax finding`);
      nb!.forEach((d, i) => {
        assert.notEqual(d.message, en![i]!.message, `${what}: the same in both languages`);
        assert.match(d.message, /^Syntaksfeil i YAML/, what);
        for (const e of english) assert.ok(!d.message.includes(e), `${what}: "${e}" in ${d.message}`);
        assert.deepEqual(glossaryFaults(d.message), [], what);
      });
    }
  });

  it('an error code the tool does not know is named, its English shown in English only', () => {
    const args = { yaml: 'NEW_CODE', detail: 'Something new went wrong' };
    assert.equal(yamlErrorText(args, 'nb'), 'YAML-feil (NEW_CODE)');
    assert.equal(yamlErrorText(args, 'en'), 'Something new went wrong');
    assert.equal(yamlErrorText({ yaml: 'TAG_RESOLVE_FAILED', detail: 'Unresolved tag: !include' }, 'nb'), 'ukjent tagg !include; et veikart er vanlig YAML uten egne tagger');
  });
});
