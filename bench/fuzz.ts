/**
 * The long fuzz run of the core: `npm run fuzz -- --runs N [--seed S]
 * [--time-factor F] [--property NAME[,NAME…]] [--no-save]`. Runs the
 * properties of test/fuzz/properties.ts (all, or those whose name contains one
 * of the given parts), N cases in total shared by weight; prints progress and
 * a summary line; writes each failing (shrunk) case to
 * test/fixtures/fuzz/found-*.json. Exit status 1 when any property failed.
 * Must not depend on vscode.
 */
import fc from 'fast-check';
import { calibrate } from '../test/fuzz/invariants';
import { properties, saveFoundCase, violationsOf, type FuzzCase } from '../test/fuzz/properties';

interface Args {
  runs: number;
  seed: number;
  timeFactor: number;
  property?: string;
  save: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { runs: 10_000, seed: Date.now() % 2_147_483_647, timeFactor: 50, save: true };
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
    else throw new Error(`unknown option ${a}; use --runs N --seed S --time-factor F --property NAME --no-save`);
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs must be a positive integer');
  if (!Number.isInteger(args.seed)) throw new Error('--seed must be an integer');
  return args;
}

function main(): number {
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
  const calibration = calibrate();
  const totalWeight = all.reduce((s, p) => s + p.weight, 0);
  const started = Date.now();
  console.log(`fuzz: ${args.runs} cases, seed ${args.seed}, time factor ${args.timeFactor}, calibration ${calibration.msPerKChar.toFixed(3)} ms per 1,000 chars (example ${calibration.exampleMs.toFixed(2)} ms)`);
  let failed = 0;
  let ran = 0;
  for (const [index, property] of all.entries()) {
    const numRuns = Math.max(1, Math.round((args.runs * property.weight) / totalWeight));
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
        const violations = violationsOf(property, c, calibration, args.timeFactor);
        if (violations.length > 0) throw new Error(violations.map((v) => `${v.property}: ${v.detail}`).join('\n'));
      }),
      { numRuns, seed: args.seed + index, endOnFailure: false },
    );
    ran += result.numRuns;
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    if (result.failed && result.counterexample) {
      failed++;
      const [c] = result.counterexample as [FuzzCase];
      console.log(`FAIL ${property.name} after ${result.numRuns} cases (${seconds} s), seed ${args.seed + index}, path ${result.counterexamplePath}`);
      console.log(String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance));
      console.log(`  text (${c.text.length} chars): ${JSON.stringify(c.text.slice(0, 400))}`);
      if (args.save) console.log(`  saved ${saveFoundCase(property.name, c, violationsOf(property, c, calibration, args.timeFactor), args.seed + index)}`);
    } else {
      console.log(`ok   ${property.name}: ${result.numRuns} cases in ${seconds} s (seed ${args.seed + index})`);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`fuzz: ${ran} cases, ${failed} failing properties, seed ${args.seed}, ${seconds.toFixed(0)} s`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
