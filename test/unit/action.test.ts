/**
 * action.yml, the composite GitHub Action: it parses, every input it reads
 * is declared and every declared one is read, inputs reach the shell only
 * through environment variables (never spliced into a script, where a
 * crafted input would run), and the commands and formats it runs are ones
 * the command line has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { FORMATS } from '../../server/src/cli/check-command';
import { helpText } from '../../server/src/cli/help';
import { ROOT } from './cli-harness';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
const action = parse(text) as Action;

test('action.yml is a composite action whose inputs are all declared, described and used', () => {
  assert.equal(action.runs.using, 'composite');
  assert.ok(action.name && action.description);
  const used = new Set([...text.matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]!));
  assert.deepEqual([...used].sort(), Object.keys(action.inputs).sort());
  for (const [name, input] of Object.entries(action.inputs)) assert.ok(input.description.length > 10, name);
  for (const step of action.runs.steps) if (step.run) assert.equal(step.shell, 'bash', `${step.name}: a composite step names its shell`);
});

test('inputs reach the scripts through the environment only', () => {
  for (const step of action.runs.steps) {
    if (!step.run) continue;
    assert.doesNotMatch(step.run, /\$\{\{/, `${step.name}: no expression inside run (script injection)`);
  }
});

test('it runs commands and formats the command line has, and writes the summary and the output it declares', () => {
  const scripts = action.runs.steps.map((s) => s.run ?? '').join('\n');
  const commands = [...scripts.matchAll(/\bairoadmap (\w+)/g)].map((m) => m[1]!);
  assert.ok(commands.includes('check'));
  const general = helpText('general', 'en');
  for (const command of new Set(commands)) assert.match(general, new RegExp(`airoadmap ${command}\\b`), `'airoadmap ${command}' is a command`);
  const formats = [...scripts.matchAll(/--format (\w+)/g)].map((m) => m[1]!);
  for (const format of formats.filter((f) => !['md', 'html'].includes(f))) assert.ok((FORMATS as readonly string[]).includes(format), format);
  assert.ok(formats.includes('github') && formats.includes('sarif'));
  assert.match(scripts, /GITHUB_STEP_SUMMARY/);
  assert.match(action.outputs['exit-code']!.value, /steps\.check\.outputs\.exit-code/);
  assert.ok(action.runs.steps.some((s) => s.id === 'check'));
  assert.ok(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')));
});
