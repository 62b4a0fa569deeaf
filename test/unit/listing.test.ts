/**
 * The Marketplace listing (issue 16, deliverable 3): plain `vsce package` and
 * `vsce publish` build the production bundles (`vscode:prepublish`) and pack
 * README.marketplace.md (the manifest's `vsce.readmePath`), which is written
 * for users: every command and setting the manifest contributes, screenshots
 * that exist, none of the repository's developer commands. The CHANGELOG is
 * current and the gallery banner and the preview's command icons are set.
 * (test/unit/package.test.ts reads the README out of a packed .vsix.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  vsce?: { readmePath?: string; dependencies?: boolean };
  galleryBanner?: { color?: string; theme?: string };
  contributes: { commands: { command: string; title: string; icon?: string }[]; configuration: { properties: Record<string, unknown> } };
};
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const readmePath = manifest.vsce?.readmePath ?? '';
const readme = existsSync(join(root, readmePath)) ? readFileSync(join(root, readmePath), 'utf8') : '';

test('plain vsce package builds the production bundles and packs the Marketplace README', () => {
  assert.match(manifest.scripts['vscode:prepublish'] ?? '', /esbuild\.mjs --production/);
  assert.equal(readmePath, 'README.marketplace.md');
  assert.equal(manifest.vsce?.dependencies, false, 'everything is bundled');
  const ls = spawnSync(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--readme-path', readmePath], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  assert.equal(ls.status, 0, ls.stderr);
  const files = ls.stdout.split('\n').map((l) => l.trim());
  assert.ok(files.includes('README.marketplace.md'), files.join(', '));
  assert.ok(!files.includes('README.md'), "the repository's README is not packed");
});

test('the Marketplace README is for users: every command and setting, screenshots that exist, no developer commands', () => {
  for (const c of manifest.contributes.commands) {
    const title = nls[c.title.slice(1, -1)]!;
    assert.ok(readme.includes(`**AI Roadmap: ${title}**`), `the command ${title}`);
  }
  for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), `the setting ${key}`);
  const images = [...readme.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((m) => m[1]!);
  assert.ok(images.length >= 2, 'screenshots');
  for (const image of images) {
    assert.ok(!/^[a-z]+:/i.test(image), `${image}: relative, so vsce points it at the repository`);
    assert.ok(image.startsWith('docs/images/') && existsSync(join(root, image)), `${image} exists (the e2e run writes docs/images)`);
  }
  assert.doesNotMatch(readme, /npm (ci|test|start|run)|\.ci\/run|esbuild/, 'no developer commands');
});

test('the CHANGELOG names what this release adds', () => {
  const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  const unreleased = changelog.slice(changelog.indexOf('## [Unreleased]'), changelog.indexOf('## [0.1.0]'));
  for (const what of ['SARIF', 'airoadmap init', 'airoadmap schema', 'Export Preview', 'Export Report', 'airoadmap report', 'airoadmap.config.yaml', 'budget-overrun', 'plan-item-overdue', '--format github', 'vscode:prepublish']) {
    assert.ok(unreleased.includes(what), `Unreleased mentions ${what}`);
  }
});

test('the gallery banner is set and the preview commands have icons', () => {
  assert.match(manifest.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
  assert.ok(['dark', 'light'].includes(manifest.galleryBanner?.theme ?? ''));
  for (const id of ['airoadmap.openPreview', 'airoadmap.openPreviewToSide', 'airoadmap.exportPreview', 'airoadmap.exportReport']) {
    assert.match(manifest.contributes.commands.find((c) => c.command === id)?.icon ?? '', /^\$\([a-z-]+\)$/, id);
  }
});
