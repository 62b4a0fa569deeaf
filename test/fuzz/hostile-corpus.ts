/**
 * The hostile files a new user might be handed, written to a directory the
 * way they would arrive: for the trials that open them with the command line
 * (test/unit/hostile-trial.test.ts), the language server
 * (test/protocol/hostile.test.ts) and the preview in Chromium
 * (test/browser/hostile.test.ts). The core's own bounds for the same shapes
 * are in test/unit/hostile.test.ts. No core imports: text and bytes only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bigRoadmap, HEAD, pseudoRandomBytes } from './hostile-inputs';

export interface HostileFile {
  /** File name, `*.airoadmap.yaml`. */
  name: string;
  path: string;
  /** What is in it, for messages. */
  about: string;
  /** The text as an editor would hold it (the bytes decoded as UTF-8). */
  text: string;
}

export interface HostileCorpus {
  dir: string;
  files: HostileFile[];
  /** Written into `secret.txt`, which tags name with `!include`: must appear in no output. */
  marker: string;
  /** A `!!python/object/apply:os.system ["touch …"]` names this path: it must never exist. */
  touched: string;
}

/** Billion laughs: `levels` anchors, each a list of `width` aliases of the one before. */
export function aliasBomb(levels: number, width: number, indent = ''): string {
  let out = `${indent}l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n`;
  for (let i = 1; i < levels; i++) out += `${indent}l${i}: &l${i} [${Array.from({ length: width }, () => `*l${i - 1}`).join(', ')}]\n`;
  return out;
}


/** Writes the corpus into `dir` (created) and returns it. */
export function writeHostileCorpus(dir: string): HostileCorpus {
  mkdirSync(dir, { recursive: true });
  const marker = `MARKER-${process.pid}-${Date.now()}`;
  const secret = join(dir, 'secret.txt');
  writeFileSync(secret, `${marker}\n`);
  const touched = join(dir, 'touched-by-a-tag');
  const files: HostileFile[] = [];
  const add = (name: string, about: string, content: string | Buffer) => {
    const path = join(dir, `${name}.airoadmap.yaml`);
    writeFileSync(path, content);
    files.push({ name: `${name}.airoadmap.yaml`, path, about, text: typeof content === 'string' ? content : content.toString('utf8') });
  };
  add(
    'billion-laughs',
    'an alias bomb (10¹⁰ leaves if expanded), also used as a name, skills, references, an entity and the budget',
    `${HEAD}x-bombs:\n${aliasBomb(10, 10, '  ')}team:\n  p:\n    name: *l9\n    skills: *l9\nuse_cases:\n  u:\n    title: Bombed\n    kpis: *l9\n    systems: [*l9, *l9]\n  v: *l9\nbudget: *l9\n`,
  );
  add(
    'self-anchors',
    'anchors that refer to themselves',
    `${HEAD}team:\n  p: &p\n    name: *p\n  q: &q [*q]\nroles: &r {ai_owner: *r}\nuse_cases: &u\n  u1: *u\n`,
  );
  add('aliased-entities', 'one anchored use case aliased by 5,000 use cases', `${HEAD}x-defs:\n  x: &uc {title: Cloned, stage: pilot, value: 5, feasibility: 4, effort: 2, kpis: [nope]}\nuse_cases:\n${Array.from({ length: 5000 }, (_, i) => `  u${i}: *uc\n`).join('')}`);
  add(
    'deep-nesting',
    '1,000-level nesting: flow sequences, flow maps and block maps',
    `${HEAD}team: ${'['.repeat(1000)}${']'.repeat(1000)}\nsystems: ${'{a: '.repeat(1000)}1${'}'.repeat(1000)}\nrisks:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(2 * (i + 1))}k${i}:`).join('\n')} 1\n`,
  );
  add('big-scalar', 'a 10 MB scalar as the organisation name and as a use-case title', `${HEAD.replace('Hostile AS', 'N'.repeat(10 * 1024 * 1024))}use_cases:\n  u:\n    title: ${'T'.repeat(10 * 1024 * 1024)}\n    value: 4\n    feasibility: 4\n    effort: 2\n`);
  add('many-keys', '100,000 keys in one map (team members)', `${HEAD}team:\n${Array.from({ length: 100_000 }, (_, i) => `  p${i}: {name: P${i}}\n`).join('')}`);
  add('fifty-thousand-lines', 'a 50,000-line roadmap with every section, a third of its references dangling', bigRoadmap(1070, true));
  add(
    'tags',
    'custom tags: !include of a local file, !!js/function, !!js/eval, !!python/object/apply, !!binary',
    `${HEAD}  industry: !include ${secret}\n  currency: !!js/function "function () { globalThis.__airoadmapPwned = 1; return 'EUR'; }()"\n` +
      `team:\n  p:\n    name: !!js/eval "globalThis.__airoadmapPwned = 2"\n    title: !!python/object/apply:os.system ["touch ${touched}"]\n` +
      `    skills: !include ${secret}\n  !include ${secret}: {name: x}\nuse_cases:\n  u:\n    title: !include ${secret}\n    value: 3\nrisks:\n  r:\n    title: !!binary aGVsbG8=\n    mitigation: !<tag:yaml.org,2002:js/regexp> /x/\n`,
  );
  add('merge-keys', 'merge keys (`<<: *base`)', `airoadmap: 1\nbase: &base\n  name: Merged AS\n  start: 2027-01-04\norganization:\n  <<: *base\nuse_cases:\n  u:\n    <<: {title: Merged, value: 5}\n`);
  add('random-bytes', '1 MiB of pseudo-random bytes (invalid UTF-8)', pseudoRandomBytes(1024 * 1024, 20261126));
  add(
    'control-characters',
    'a BOM, CRLF line ends, NUL, U+FFFD and a lone CR in keys and values',
    `\uFEFF${HEAD}team:\r\n  p\u0000:\r\n    name: A\u0000B\uFFFD\r\n  q:\r    name: lone CR\r\nuse_cases:\r\n  u:\r\n    title: \u0000\r\n`,
  );
  return { dir, files, marker, touched };
}
