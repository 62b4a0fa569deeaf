/**
 * Summarises a V8 `.cpuprofile` of our server written by
 * `npx tsx bench/run.ts --profile DIR --only ours` (the unminified bundle
 * under `node --cpu-prof`): splits the samples into phases at the idle gaps
 * the harness leaves (startup → open → edits), and prints per phase the
 * self time by function and by source module, and the inclusive time of the
 * heaviest functions. Bundle lines are mapped back to their module through
 * esbuild's `// path/to/module.ts` markers in dist/server.js.
 *
 * `npx tsx bench/profile-summary.ts <file.cpuprofile> [--bundle dist/server.js] [--top 20]`
 * Must not depend on vscode or on the server's code.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Line (0-based) → module path, from esbuild's `// module/path` comments in a non-minified bundle. */
function bundleModules(bundle: string): (line: number) => string {
  const starts: { line: number; module: string }[] = [];
  const lines = bundle.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\/\/ ((?:node_modules|server|schemas|client)\/\S+)$/.exec(lines[i]!);
    if (m) starts.push({ line: i, module: m[1]! });
  }
  return (line: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = '(bundle)';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]!.line <= line) {
        found = starts[mid]!.module;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

interface Phase {
  name: string;
  from: number;
  to: number;
}

function fmt(ms: number): string {
  return ms >= 100 ? `${Math.round(ms)}` : ms.toFixed(1);
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: tsx bench/profile-summary.ts <file.cpuprofile> [--bundle dist/server.js] [--top 20]\n');
    process.exit(2);
  }
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
  };
  const top = Number(option('--top', '20'));
  const bundlePath = path.resolve(option('--bundle', path.join(__dirname, '..', 'dist', 'server.js')));
  const moduleOf = bundleModules(readFileSync(bundlePath, 'utf8'));
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;

  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) byId.set(node.id, node);
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const label = (node: ProfileNode): { fn: string; module: string } => {
    const cf = node.callFrame;
    const fn = cf.functionName || '(anonymous)';
    if (cf.url.endsWith('server.js') && cf.url.includes('dist')) return { fn, module: moduleOf(cf.lineNumber) };
    if (!cf.url) return { fn, module: fn.startsWith('(') ? fn : '(native)' };
    return { fn, module: cf.url.replace(/^node:/, 'node:').replace(/^file:\/\/.*\/node_modules\//, 'node_modules/') };
  };

  // Sample times (ms since profile start).
  const times: number[] = [];
  let t = 0;
  for (const delta of profile.timeDeltas) {
    t += delta / 1000;
    times.push(t);
  }
  const idle = (i: number) => byId.get(profile.samples[i]!)?.callFrame.functionName === '(idle)';

  // Idle gaps of 250 ms or more separate the harness's phases. Time is cut
  // into 25 ms buckets; a bucket with under 2 ms on CPU counts as idle (a
  // timer or a GC blip does not end a gap).
  const BUCKET = 25;
  const busyIn: number[] = [];
  for (let i = 0; i < times.length; i++) {
    if (idle(i)) continue;
    const b = Math.floor(times[i]! / BUCKET);
    busyIn[b] = (busyIn[b] ?? 0) + (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]!) / 1000;
  }
  const gaps: { from: number; to: number }[] = [];
  let gapStart: number | null = null;
  const buckets = Math.ceil((times.at(-1) ?? 0) / BUCKET) + 1;
  for (let b = 0; b <= buckets; b++) {
    const quiet = b < buckets && (busyIn[b] ?? 0) < 2;
    if (quiet) {
      gapStart ??= b * BUCKET;
    } else if (gapStart !== null) {
      if (b * BUCKET - gapStart >= 250) gaps.push({ from: gapStart, to: b * BUCKET });
      gapStart = null;
    }
  }
  const total = times.at(-1) ?? 0;
  // The harness idles about a second between its phases; shorter gaps (≥ 250 ms)
  // separate startup from the open.
  const splits = gaps.filter((g) => g.to - g.from >= 900);
  const phases: Phase[] = [];
  if (splits.length > 0) {
    const first = splits[0]!;
    const before = gaps.filter((g) => g.to <= first.from);
    const openFrom = before.length > 0 ? before.at(-1)!.to : 0;
    phases.push({ name: 'startup and initialize', from: 0, to: openFrom });
    phases.push({ name: 'open (first check and publish)', from: openFrom, to: first.from });
    const names = ['edits (incremental check and publish)', 'edit, then hover and completion on the new version'];
    for (let i = 0; i < splits.length; i++) {
      phases.push({ name: names[i] ?? `phase ${i + 3}`, from: splits[i]!.to, to: splits[i + 1]?.from ?? total });
    }
  } else {
    phases.push({ name: 'whole session', from: 0, to: total });
  }

  for (const phase of phases) {
    const self = new Map<string, number>();
    const selfModule = new Map<string, number>();
    const inclusive = new Map<string, number>();
    let busy = 0;
    for (let i = 0; i < times.length; i++) {
      const at = times[i]!;
      if (at < phase.from || at > phase.to) continue;
      const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i]!) / 1000;
      const node = byId.get(profile.samples[i]!)!;
      if (node.callFrame.functionName === '(idle)') continue;
      busy += dt;
      const { fn, module } = label(node);
      const key = `${fn}  [${module}:${node.callFrame.lineNumber + 1}]`;
      self.set(key, (self.get(key) ?? 0) + dt);
      selfModule.set(module, (selfModule.get(module) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
        const n = byId.get(id)!;
        if (n.callFrame.functionName === '(root)') break;
        const l = label(n);
        const k = `${l.fn}  [${l.module}]`;
        if (seen.has(k)) continue;
        seen.add(k);
        inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
      }
    }
    const list = (m: Map<string, number>, count: number) =>
      [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([k, v]) => `  ${fmt(v).padStart(7)} ms ${((100 * v) / Math.max(busy, 1e-9)).toFixed(1).padStart(5)}%  ${k}`)
        .join('\n');
    process.stdout.write(`\n== ${phase.name}: ${fmt(phase.to - phase.from)} ms wall, ${fmt(busy)} ms on CPU\n`);
    process.stdout.write(`-- self time by module\n${list(selfModule, 12)}\n`);
    process.stdout.write(`-- self time by function\n${list(self, top)}\n`);
    process.stdout.write(`-- inclusive time (heaviest)\n${list(inclusive, top)}\n`);
  }
}

main();
