/**
 * The rule registry is the one list of checklist codes: the files made from
 * it are up to date (run `npm run docs`), no other source spells a rule's
 * code, and every quick fix a rule's findings ask for has its placeholders
 * declared in that rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHECKLIST_CODES, DEFAULT_SEVERITY, RULES, checkText } from '../../server/src/core/index';
import { CODES_FILE, PACKAGE_FILE, checklistCodesSource, registryCodes, withSeveritySettings } from '../../scripts/gen-registry';

const root = join(__dirname, '..', '..');

test('language/codes.generated.ts is generated from the registry', () => {
  assert.equal(readFileSync(CODES_FILE, 'utf8'), checklistCodesSource());
});

test("package.json's severity settings are generated from the registry", () => {
  const text = readFileSync(PACKAGE_FILE, 'utf8');
  assert.equal(text, withSeveritySettings(text));
});

test('the catalogue follows the registry: its codes, order and default severities', () => {
  assert.deepEqual(Object.keys(CHECKLIST_CODES), RULES.map((r) => r.code));
  for (const rule of RULES) assert.equal(DEFAULT_SEVERITY[rule.code], rule.severity, rule.code);
  assert.deepEqual(registryCodes().map((c) => c.code), Object.keys(DEFAULT_SEVERITY));
});

test('every rule has a title in both languages and a trigger', () => {
  for (const rule of RULES) {
    assert.ok(rule.title.en.length > 5 && rule.title.nb.length > 5 && rule.title.en !== rule.title.nb, rule.code);
    assert.ok(rule.trigger.length > 5, rule.code);
  }
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.(ts|mjs|js|json)$/.test(name) ? [path] : [];
  });
}

test("a rule's code is spelt in its rule file and generated files only", () => {
  const generated = new Set([CODES_FILE, PACKAGE_FILE]);
  const files = [...['server/src', 'client', 'scripts', 'schemas'].flatMap((d) => sources(join(root, d))), PACKAGE_FILE].filter((f) => !generated.has(f));
  const offenders: string[] = [];
  for (const rule of RULES) {
    const own = join(root, 'server', 'src', 'core', 'rules', `${rule.code}.ts`);
    for (const file of files) {
      if (file === own) continue;
      const text = readFileSync(file, 'utf8');
      if (text.includes(`'${rule.code}'`) || text.includes(`"${rule.code}"`)) offenders.push(`${relative(root, file)}: ${rule.code}`);
    }
  }
  // package.json is generated only in its severity settings: nothing else in it names a rule.
  const manifest = JSON.parse(readFileSync(PACKAGE_FILE, 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> } } };
  const rest = JSON.stringify({ ...manifest, contributes: { ...manifest.contributes, configuration: { ...manifest.contributes.configuration, properties: { ...manifest.contributes.configuration.properties, 'airoadmap.severity': null } } } });
  for (const rule of RULES) if (rest.includes(`"${rule.code}"`)) offenders.push(`package.json: ${rule.code}`);
  assert.deepEqual(offenders, []);
});

function roadmaps(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? roadmaps(path) : /\.airoadmap\.ya?ml$/.test(name) ? [path] : [];
  });
}

test("every add-field quick fix a rule's finding asks for has its placeholder in that rule", () => {
  const byCode = new Map(RULES.map((r) => [r.code as string, r]));
  const asked = new Set<string>();
  for (const file of [...roadmaps(join(root, 'examples')), ...roadmaps(join(root, 'test', 'fixtures'))]) {
    for (const d of checkText(readFileSync(file, 'utf8')).diagnostics) {
      if (d.fix?.kind !== 'add-field') continue;
      const rule = byCode.get(d.code);
      assert.ok(rule, `${d.code} is not a rule`);
      assert.equal(rule.fix?.section, d.fix.section, `${d.code}: section`);
      assert.ok(rule.fix?.fields[d.fix.field], `${d.code}: no placeholder for ${d.fix.field}`);
      asked.add(d.code);
    }
  }
  // Every rule that declares a fix is seen asking for it in some fixture.
  for (const rule of RULES) if (rule.fix) assert.ok(asked.has(rule.code), `${rule.code} declares a fix no fixture asks for`);
});
