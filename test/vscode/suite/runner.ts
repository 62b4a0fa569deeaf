/**
 * A mocha-style runner small enough to bundle into the extension host:
 * `suite(name, fn)`, `test(name, fn)`, `suiteSetup`/`suiteTeardown`, run in
 * order, each test with a timeout; `run()` resolves when all pass and rejects
 * with the failures otherwise (which makes @vscode/test-electron exit 1).
 * Depends on nothing, so no mocha install is needed.
 */
type Body = () => unknown;

interface Suite {
  name: string;
  tests: { name: string; body: Body; timeout: number }[];
  setup: Body[];
  teardown: Body[];
}

const suites: Suite[] = [];
let current: Suite | undefined;

export function suite(name: string, define: () => void): void {
  const s: Suite = { name, tests: [], setup: [], teardown: [] };
  suites.push(s);
  current = s;
  try {
    define();
  } finally {
    current = undefined;
  }
}

function inSuite(): Suite {
  if (!current) throw new Error('test() and hooks belong inside suite()');
  return current;
}

export function test(name: string, body: Body, timeout = 30_000): void {
  inSuite().tests.push({ name, body, timeout });
}

export function suiteSetup(body: Body): void {
  inSuite().setup.push(body);
}

export function suiteTeardown(body: Body): void {
  inSuite().teardown.push(body);
}

function withTimeout(body: Body, ms: number, what: string): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
  });
  return Promise.race([Promise.resolve().then(body), timeout]).finally(() => clearTimeout(timer));
}

export async function runAll(log: (line: string) => void = console.log): Promise<{ passed: number; failed: string[] }> {
  const failed: string[] = [];
  let passed = 0;
  for (const s of suites) {
    log(s.name);
    try {
      for (const hook of s.setup) await withTimeout(hook, 120_000, `${s.name}: setup`);
    } catch (error) {
      failed.push(`${s.name} (setup): ${String(error)}`);
      continue;
    }
    for (const t of s.tests) {
      try {
        await withTimeout(t.body, t.timeout, t.name);
        passed++;
        log(`  ✔ ${t.name}`);
      } catch (error) {
        failed.push(`${t.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        log(`  ✖ ${t.name}\n    ${String(error)}`);
      }
    }
    for (const hook of s.teardown) await withTimeout(hook, 30_000, `${s.name}: teardown`).catch(() => undefined);
  }
  log(`${passed} passing, ${failed.length} failing`);
  return { passed, failed };
}
