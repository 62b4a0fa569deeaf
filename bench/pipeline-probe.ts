/**
 * In-process probe of the check pipeline (issue 17): the first check of a
 * generated roadmap (the open) against `yaml.parseDocument` of the same text,
 * and what one edit costs afterwards: a character typed into titles spread
 * over the file, every other edit told as the change it is (as the server's
 * document store hands it on), the others the text alone. Medians of
 * several runs, each with a fresh checker. Not a test: times depend on the
 * machine.
 *
 *   npx tsx bench/pipeline-probe.ts [N ...] [--runs R] [--shape valid|findings]
 */
import { parseDocument } from 'yaml';
import { createIncrementalChecker } from '../server/src/core/index';
import { newWorkMeter } from '../server/src/core/language/work';
import { generateRoadmap, type GeneratorShape } from './generate';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : (args[i + 1] ?? fallback);
};
const runs = Number(flag('--runs', '5'));
const shape = flag('--shape', 'valid') as GeneratorShape;
const sizes = args.filter((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith('--')).map(Number);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(f: () => T): [number, T] {
  const t0 = performance.now();
  const out = f();
  return [performance.now() - t0, out];
}

for (const n of sizes.length > 0 ? sizes : [1000, 5000]) {
  const { text } = generateRoadmap(n, undefined, shape);
  const parse: number[] = [];
  const open: number[] = [];
  const edit: number[] = [];
  const told: number[] = [];
  let parsedOnOpen = 0;
  let diagnostics = 0;
  // Warm up both paths once (the JIT), then alternate.
  parseDocument(text);
  createIncrementalChecker().check(text);
  for (let r = 0; r < runs; r++) {
    parse.push(time(() => parseDocument(text))[0]);
    const checker = createIncrementalChecker();
    const meter = newWorkMeter();
    const [ms, result] = time(() => checker.check(text, { work: meter }));
    open.push(ms);
    parsedOnOpen = meter.parsedChars;
    diagnostics = result.diagnostics.length;
    let current = text;
    for (let i = 0; i < 20; i++) {
      const at = current.indexOf('title: ', Math.floor((current.length * (i + 0.5)) / 20)) + 'title: '.length;
      const next = `${current.slice(0, at)}X${current.slice(at)}`;
      if (i % 2 === 0) {
        told.push(time(() => checker.check(next, {}, { from: current, changes: [{ start: at, end: at, text: 'X' }] }))[0]);
        if (!checker.lastCutFromEdit) throw new Error('the edit was not cut from its change');
      } else edit.push(time(() => checker.check(next))[0]);
      current = next;
    }
  }
  const p = median(parse);
  const o = median(open);
  console.log(
    `N=${n} (${shape}, ${text.length} chars, ${diagnostics} diagnostics): parseDocument ${p.toFixed(0)} ms, open ${o.toFixed(0)} ms = ${(o / p).toFixed(2)} × parse; ` +
      `characters parsed on open ${parsedOnOpen} (${(parsedOnOpen / text.length).toFixed(2)} × the text); one edit ${median(edit).toFixed(1)} ms, told as a change ${median(told).toFixed(1)} ms (medians of ${runs})`,
  );
}
