/**
 * Golden-fixture helpers: `# want <code> [<code>…]` comments mark the lines
 * where diagnostics must start; `$$CURSOR$$` marks a cursor position.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Want {
  line: number;
  code: string;
}

const WANT = /#\s*want\s+([a-z0-9][a-z0-9 -]*?)\s*$/;

export function parseWants(text: string): Want[] {
  const wants: Want[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, line) => {
    const match = WANT.exec(raw.replace(/\r$/, ''));
    if (!match) return;
    for (const code of match[1]!.split(/\s+/)) if (code) wants.push({ line, code });
  });
  return wants;
}

/** The fixed today of the golden fixtures, before every plan's start in them; a fixture may set its own with a `# today: YYYY-MM-DD` line. */
export const FIXTURE_TODAY = '2026-12-01';

const TODAY_LINE = /^#\s*today:\s*(\d{4}-\d{2}-\d{2})\s*$/m;

/** The today a fixture is checked with: its `# today:` line, else FIXTURE_TODAY. Tests never take today from the clock. */
export function fixtureToday(text: string): string {
  return TODAY_LINE.exec(text)?.[1] ?? FIXTURE_TODAY;
}

/** A plan starting on Monday 4 January 2027: week 1 ends on Sunday 10 January, so its item is overdue from 11 January. */
export const WEEK_ONE_PLAN = `airoadmap: 1
organization:
  name: Fjordtest AS
  start: 2027-01-04
plan:
  kickoff:
    title: Kick-off
    weeks: 1
  pilot:
    title: Pilot
    weeks: "5-8"
  evaluate:
    title: Evaluate
    weeks: "9-12"
`;

export function wantKey(w: Want): string {
  return `${w.line + 1}:${w.code}`;
}

/** Every `*.airoadmap.yaml|yml` below a folder, sorted. */
export function roadmapFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...roadmapFiles(path));
    else if (/\.airoadmap\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

export const CURSOR = '$$CURSOR$$';

/** Removes the cursor marker; returns the text and the 0-based position. */
export function withCursor(marked: string): { text: string; position: { line: number; character: number } } {
  const index = marked.indexOf(CURSOR);
  if (index < 0) throw new Error('fixture has no $$CURSOR$$ marker');
  const text = marked.slice(0, index) + marked.slice(index + CURSOR.length);
  const before = marked.slice(0, index);
  const line = before.split('\n').length - 1;
  const character = index - (before.lastIndexOf('\n') + 1);
  return { text, position: { line, character } };
}
