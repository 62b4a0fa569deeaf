/**
 * The rule registry is the one list of checklist codes: the files made from
 * it are up to date (run `npm run docs`), no other source spells a rule's
 * code, and every quick fix a rule's findings ask for has its placeholders
 * declared in that rule. Likewise the structure codes' table
 * (`core/texts/structure-codes.ts`) describes exactly the codes the language
 * reports itself, and no other source lists them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHECKLIST_CODES, DEFAULT_SEVERITY, EXTRA_CODES, RULES, STRUCTURE_CODES, STRUCTURE_CODE_TEXTS, checkText } from '../../server/src/core/index';
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

/** Every source the spelling checks read: the shells, the core, the scripts and schemas, not the generated files (package.json is read apart, without its generated severity settings). */
function checkedSources(): string[] {
  const generated = new Set([CODES_FILE, PACKAGE_FILE]);
  return [...['server/src', 'client', 'scripts', 'schemas'].flatMap((d) => sources(join(root, d))), PACKAGE_FILE].filter((f) => !generated.has(f));
}

function spells(text: string, code: string): boolean {
  return text.includes(`'${code}'`) || text.includes(`"${code}"`);
}

/** package.json without its generated severity settings, as JSON text. */
function manifestRest(): string {
  const manifest = JSON.parse(readFileSync(PACKAGE_FILE, 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> } } };
  return JSON.stringify({ ...manifest, contributes: { ...manifest.contributes, configuration: { ...manifest.contributes.configuration, properties: { ...manifest.contributes.configuration.properties, 'airoadmap.severity': null } } } });
}

test("a rule's code is spelt in its rule file and generated files only", () => {
  const files = checkedSources();
  const offenders: string[] = [];
  for (const rule of RULES) {
    const own = join(root, 'server', 'src', 'core', 'rules', `${rule.code}.ts`);
    for (const file of files) {
      if (file === own) continue;
      if (spells(readFileSync(file, 'utf8'), rule.code)) offenders.push(`${relative(root, file)}: ${rule.code}`);
    }
  }
  // package.json is generated only in its severity settings: nothing else in it names a rule.
  const rest = manifestRest();
  for (const rule of RULES) if (rest.includes(`"${rule.code}"`)) offenders.push(`package.json: ${rule.code}`);
  assert.deepEqual(offenders, []);
});

test("the structure codes' table describes exactly the structure codes and rule-failed, in the catalogue's order", () => {
  assert.deepEqual(Object.keys(STRUCTURE_CODE_TEXTS), [...Object.keys(STRUCTURE_CODES), ...Object.keys(EXTRA_CODES)]);
  assert.deepEqual(Object.keys(EXTRA_CODES), ['rule-failed']);
  for (const [code, own] of Object.entries(STRUCTURE_CODE_TEXTS)) {
    assert.ok(own.title.en.length > 5 && own.title.nb.length > 5 && own.title.en !== own.title.nb, `${code}: title`);
    assert.ok(own.help.en.length > 5 && own.help.nb.length > 5 && own.help.en !== own.help.nb, `${code}: help`);
    assert.ok(own.trigger.length > 5, `${code}: trigger`);
    assert.equal(typeof own.messages.en, 'function', `${code}: messages.en`);
    assert.equal(typeof own.messages.nb, 'function', `${code}: messages.nb`);
  }
});

test("a structure code is spelt in language/codes.ts, the structure codes' table, the code that reports or acts on it, and generated files only", () => {
  const codes = [...Object.keys(STRUCTURE_CODES), ...Object.keys(EXTRA_CODES)];
  // Each file may spell exactly the codes listed for it, so a new list of these codes anywhere else fails here.
  const allowed = new Map<string, ReadonlySet<string>>([
    // The language's list with the default severities (the Code type needs them; the language cannot import texts).
    ['server/src/core/language/codes.ts', new Set(codes)],
    // The one table of titles, triggers, help and messages.
    ['server/src/core/texts/structure-codes.ts', new Set(codes)],
    // The walk reports each structure code where it finds one.
    ['server/src/core/language/parse.ts', new Set(Object.keys(STRUCTURE_CODES))],
    // The pipeline turns a rule that throws into a rule-failed finding.
    ['server/src/core/language/check.ts', new Set(['rule-failed'])],
    // `airoadmap render` warns that the picture may be incomplete when the YAML has syntax errors.
    ['server/src/cli/render.ts', new Set(['yaml-syntax'])],
    // The "did you mean" quick fix replaces the value of these codes' findings by their suggestion;
    // a number-format or wrong-type fix writes a plain number or boolean (without the quotes).
    ['server/src/core/features/code-actions.ts', new Set(['unknown-key', 'unknown-reference', 'invalid-value', 'number-format', 'wrong-type'])],
  ]);
  const offenders: string[] = [];
  for (const file of checkedSources()) {
    const text = readFileSync(file, 'utf8');
    const mayName = allowed.get(relative(root, file).split('\\').join('/'));
    for (const code of codes) if (!mayName?.has(code) && spells(text, code)) offenders.push(`${relative(root, file)}: ${code}`);
  }
  // package.json is generated only in its severity settings: nothing else in it names a structure code.
  const rest = manifestRest();
  for (const code of codes) if (rest.includes(`"${code}"`)) offenders.push(`package.json: ${code}`);
  assert.deepEqual(offenders, []);
});

function roadmaps(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? roadmaps(path) : /\.airoadmap\.ya?ml$/.test(name) ? [path] : [];
  });
}

test("every add-field or create-entities quick fix a rule's finding asks for has its template in that rule", () => {
  const byCode = new Map(RULES.map((r) => [r.code as string, r]));
  const asked = new Set<string>();
  for (const file of [...roadmaps(join(root, 'examples')), ...roadmaps(join(root, 'test', 'fixtures'))]) {
    for (const d of checkText(readFileSync(file, 'utf8')).diagnostics) {
      if (d.fix?.kind !== 'add-field' && d.fix?.kind !== 'create-entities') continue;
      const rule = byCode.get(d.code);
      assert.ok(rule, `${d.code} is not a rule`);
      assert.equal(rule.fix?.section, d.fix.section, `${d.code}: section`);
      if (d.fix.kind === 'add-field') assert.ok(rule.fix?.fields?.[d.fix.field], `${d.code}: no placeholder for ${d.fix.field}`);
      else assert.ok(rule.fix?.entities, `${d.code}: no entities template`);
      asked.add(d.code);
    }
  }
  // Every rule that declares a fix is seen asking for it in some fixture.
  for (const rule of RULES) if (rule.fix) assert.ok(asked.has(rule.code), `${rule.code} declares a fix no fixture asks for`);
});
