/**
 * Entry point @vscode/test-electron loads in the extension host: registers
 * the suites and runs them. Rejecting makes VS Code exit with status 1.
 * Depends on the VS Code API (through the suites) and Node only.
 */
import { appendFileSync } from 'node:fs';
import { runAll } from './runner';
import './extension.test';

export async function run(): Promise<void> {
  // AIROADMAP_VSCODE_RESULTS names a file that receives the report too, for
  // hosts whose extension-host console is not shown (e.g. code-server).
  const file = process.env.AIROADMAP_VSCODE_RESULTS;
  const { failed } = await runAll((line) => {
    console.log(line);
    if (file) appendFileSync(file, `${line}\n`);
  });
  if (failed.length > 0) throw new Error(`${failed.length} test(s) failed:\n${failed.join('\n\n')}`);
}
