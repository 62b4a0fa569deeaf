// `npm start`: build, check the example roadmaps in the terminal, and write
// their previews as standalone HTML, printing where they are. Findings in the
// examples (one of them is full of typical problems on purpose) do not make
// this command fail; a broken build or tool does.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const node = process.execPath;
const cli = join(root, 'bin', 'airoadmap.js');

execFileSync(node, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });

console.log('\n$ airoadmap check examples');
const check = spawnSync(node, [cli, 'check', 'examples'], { cwd: root, stdio: 'inherit' });
if (check.status === 2 || check.status === null) process.exit(2);

const out = join(root, 'out', 'previews');
mkdirSync(out, { recursive: true });
console.log('\nPreviews:');
for (const name of readdirSync(join(root, 'examples')).filter((f) => /\.airoadmap\.ya?ml$/.test(f)).sort()) {
  const target = join(out, name.replace(/\.airoadmap\.ya?ml$/, '.html'));
  const render = spawnSync(node, [cli, 'render', join('examples', name), '-o', target, '--view', 'all'], { cwd: root, encoding: 'utf8' });
  if (render.status !== 0) {
    process.stderr.write(render.stderr);
    process.exit(render.status ?? 2);
  }
  console.log(`  ${target}`);
}
console.log('\nOpen them in a browser; they work offline.');
