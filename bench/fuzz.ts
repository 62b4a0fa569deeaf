/**
 * The long fuzz run of the core: `npm run fuzz -- --runs N [--seed S]
 * [--time-factor F] [--property NAME[,NAME…]] [--jobs J] [--no-save]`. Runs the
 * properties of test/fuzz/properties.ts (all, or those whose name contains one
 * of the given parts), N cases in total shared by weight; prints progress and
 * a summary line; each case is held to the unit tests' work bound and to a
 * time bound (--time-factor, relative to a calibration in the process); writes each failing (shrunk) case to
 * test/fixtures/fuzz/found-*.json. Exit status 1 when any property failed.
 * With --jobs J the cases of each property are shared by J worker processes
 * (worker w runs with seed S + 1000·w), and the parent adds up their counts.
 * Must not depend on vscode.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { EXAMPLE_PATH, FUZZ_WORK_FACTOR, type CaseBounds } from '../test/fuzz/invariants';
import { calibrate, timedCheck } from './fuzz-time';
import { workBaseline } from '../test/helpers/work';
import { properties, saveFoundCase, violationsOf, type FuzzCase } from '../test/fuzz/properties';

interface Args {
  runs: number;
  seed: number;
  timeFactor: number;
  property?: string;
  save: boolean;
  jobs: number;
  /** Set in a worker process: its index and the number of workers. */
  worker?: { index: number; of: number };
}

/** The line a worker ends with, read by the parent. */
const RESULT_TAG = 'FUZZ-WORKER-RESULT ';
interface WorkerResult {
  properties: { name: string; runs: number; failed: boolean }[];
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { runs: 10_000, seed: Date.now() % 2_147_483_647, timeFactor: 50, save: true, jobs: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') args.runs = Number(next());
    else if (a === '--seed') args.seed = Number(next());
    else if (a === '--time-factor') args.timeFactor = Number(next());
    else if (a === '--property') args.property = next();
    else if (a === '--no-save') args.save = false;
    else if (a === '--jobs') args.jobs = Number(next());
    else if (a === '--worker') {
      const [index, of] = next().split('/').map(Number);
      args.worker = { index: index ?? NaN, of: of ?? NaN };
    } else throw new Error(`unknown option ${a}; use --runs N --seed S --time-factor F --property NAME --jobs J --no-save`);
  }
  if (!Number.isInteger(args.jobs) || args.jobs < 1 || args.jobs > 64) throw new Error('--jobs must be an integer from 1 to 64');
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(args.seed)) throw new Error('--seed must be an integer');
  return args;
}

/** How many of `total` cases worker `index` of `of` runs (the first ones take the remainder). */
function shareOf(total: number, worker: Args['worker']): number {
  if (!worker) return total;
  return Math.floor(total / worker.of) + (worker.index < total % worker.of ? 1 : 0);
}

/** Runs `args.jobs` copies of this script as workers and adds up what they ran. */
async function parent(args: Args, names: readonly string[], totals: readonly number[]): Promise<number> {
  const started = Date.now();
  console.log(`fuzz: ${args.runs} cases in ${args.jobs} worker processes, seed ${args.seed} (worker w uses ${args.seed} + 1000·w), time factor ${args.timeFactor}`);
  const base = process.argv.slice(2).filter((_, i, a) => a[i] !== '--jobs' && a[i - 1] !== '--jobs');
  const runsByName = new Map<string, number>(names.map((n) => [n, 0]));
  const failedNames = new Set<string>();
  const codes = await Promise.all(
    Array.from({ length: args.jobs }, (_, w) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...base, '--seed', String(args.seed), '--worker', `${w}/${args.jobs}`], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let buffered = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => {
          buffered += chunk;
          let nl: number;
          while ((nl = buffered.indexOf('\n')) >= 0) {
            const line = buffered.slice(0, nl);
            buffered = buffered.slice(nl + 1);
            if (line.startsWith(RESULT_TAG)) {
              const result = JSON.parse(line.slice(RESULT_TAG.length)) as WorkerResult;
              for (const p of result.properties) {
                runsByName.set(p.name, (runsByName.get(p.name) ?? 0) + p.runs);
                if (p.failed) failedNames.add(p.name);
              }
            } else console.log(`[${w}] ${line}`);
          }
        });
        child.on('error', (error) => {
          console.error(`[${w}] could not start: ${error.message}`);
          resolve(2);
        });
        child.on('close', (code) => resolve(code ?? 2));
      }),
    ),
  );
  let ran = 0;
  for (const [i, name] of names.entries()) {
    const runs = runsByName.get(name) ?? 0;
    ran += runs;
    console.log(`${failedNames.has(name) ? 'FAIL' : 'ok  '} ${name}: ${runs} of ${totals[i]} cases`);
  }
  const seconds = (Date.now() - started) / 1000;
  const broken = codes.filter((c) => c !== 0 && c !== 1).length;
  console.log(`fuzz: ${ran} cases, ${failedNames.size} failing properties, ${broken} broken workers, seed ${args.seed}, ${args.jobs} jobs, ${seconds.toFixed(0)} s`);
  if (broken > 0 || ran < args.runs - names.length) return 2;
  return failedNames.size > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    return 2;
  }
  const wanted = args.property?.split(',').map((w) => w.trim()).filter((w) => w.length > 0);
  const all = properties().filter((p) => !wanted || wanted.some((w) => p.name.includes(w)));
  if (all.length === 0) {
    console.error(`no property matches ${args.property}; the properties are: ${properties().map((p) => p.name).join(', ')}`);
    return 2;
  }
  const totalWeight = all.reduce((s, p) => s + p.weight, 0);
  const totals = all.map((p) => Math.max(1, Math.round((args.runs * p.weight) / totalWeight)));
  if (args.jobs > 1 && !args.worker) return parent(args, all.map((p) => p.name), totals);
  const worker = args.worker;
  const seedBase = args.seed + 1000 * (worker?.index ?? 0);
  const calibration = calibrate();
  // The long run keeps the time bound beside the work bound the unit tests use.
  const timing = timedCheck(calibration, args.timeFactor);
  const bounds: CaseBounds = { work: { baseline: workBaseline(readFileSync(EXAMPLE_PATH, 'utf8')), factor: FUZZ_WORK_FACTOR }, firstCheck: timing.firstCheck };
  /** Every property of a case, its time included. */
  const caseViolations = (property: (typeof all)[number], c: FuzzCase) => {
    const violations = violationsOf(property, c, bounds);
    const slow = timing.violation();
    return slow ? [...violations, slow] : violations;
  };
  const started = Date.now();
  console.log(`fuzz: ${worker ? `worker ${worker.index + 1} of ${worker.of}, ` : ''}${totals.reduce((a, n) => a + shareOf(n, worker), 0)} cases, seed ${seedBase}, time factor ${args.timeFactor}, calibration ${calibration.msPerKChar.toFixed(3)} ms per 1,000 chars (example ${calibration.exampleMs.toFixed(2)} ms)`);
  let failed = 0;
  let ran = 0;
  const summary: WorkerResult = { properties: [] };
  for (const [index, property] of all.entries()) {
    const numRuns = shareOf(totals[index]!, worker);
    if (numRuns === 0) continue;
    const t0 = Date.now();
    let done = 0;
    let lastReport = Date.now();
    const result = fc.check(
      fc.property(property.arbitrary, (c: FuzzCase) => {
        done++;
        if (Date.now() - lastReport > 30_000) {
          lastReport = Date.now();
          console.log(`  … ${property.name}: ${done}/${numRuns} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
        }
        const violations = caseViolations(property, c);
        if (violations.length > 0) throw new Error(violations.map((v) => `${v.property}: ${v.detail}`).join('\n'));
      }),
      { numRuns, seed: seedBase + index, endOnFailure: false },
    );
    ran += result.numRuns;
    summary.properties.push({ name: property.name, runs: result.numRuns, failed: result.failed });
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    if (result.failed && result.counterexample) {
      failed++;
      const [c] = result.counterexample as [FuzzCase];
      console.log(`FAIL ${property.name} after ${result.numRuns} cases (${seconds} s), seed ${seedBase + index}, path ${result.counterexamplePath}`);
      console.log(String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance));
      console.log(`  text (${c.text.length} chars): ${JSON.stringify(c.text.slice(0, 400))}`);
      if (args.save) console.log(`  saved ${saveFoundCase(property.name, c, caseViolations(property, c), seedBase + index)}`);
    } else {
      console.log(`ok   ${property.name}: ${result.numRuns} cases in ${seconds} s (seed ${seedBase + index})`);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`fuzz: ${ran} cases, ${failed} failing properties, seed ${seedBase}, ${seconds.toFixed(0)} s`);
  if (worker) console.log(RESULT_TAG + JSON.stringify(summary));
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    process.exitCode = 2;
  },
);
