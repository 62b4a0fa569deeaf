/**
 * The static half of the VS Code client: package.json's `contributes`, its
 * translations, the snippets, the grammar and the language configuration
 * agree with each other and with the code.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, LANGUAGE_ID, PREVIEW_VIEW_TYPE } from '../../client/src/ids';
import { ALL_CODES } from '../../server/src/core/language/codes';

const root = path.join(__dirname, '..', '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

interface Manifest {
  main: string;
  activationEvents: string[];
  contributes: {
    languages: { id: string; extensions: string[]; configuration: string; icon?: { light: string; dark: string } }[];
    grammars: { language: string; scopeName: string; path: string }[];
    snippets?: { language: string; path: string }[];
    yamlValidation: { fileMatch: string; url: string }[];
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, { properties?: Record<string, unknown>; enum?: string[] }> };
  };
}
const manifest = readJson('package.json') as Manifest;
const nlsEn = readJson('package.nls.json') as Record<string, string>;
const nlsNb = readJson('package.nls.nb.json') as Record<string, string>;

describe('package.json contributions', () => {
  it('the language, grammar, snippets and schema point at files that exist', () => {
    const language = manifest.contributes.languages.find((l) => l.id === LANGUAGE_ID);
    assert.ok(language);
    assert.deepEqual(language.extensions, ['.airoadmap.yaml', '.airoadmap.yml']);
    const files = [
      language.configuration,
      language.icon!.light,
      ...manifest.contributes.grammars.map((g) => g.path),
      ...manifest.contributes.yamlValidation.map((v) => v.url),
    ];
    for (const file of files) assert.ok(existsSync(path.join(root, file)), file);
    assert.deepEqual(manifest.contributes.yamlValidation.map((v) => v.fileMatch).sort(), ['*.airoadmap.yaml', '*.airoadmap.yml', 'airoadmap.config.yaml']);
    assert.equal(manifest.main, './dist/extension.js');
    // No static snippets: VS Code offers those at every position (inside `kpis: [`, after `customer_facing: `);
    // the server's completion offers entity and section snippets only where a key can go.
    assert.equal(manifest.contributes.snippets, undefined);
  });

  it('the commands are the ones the extension registers, and activate it', () => {
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    const events = new Set(manifest.activationEvents);
    assert.ok(events.has(`onLanguage:${LANGUAGE_ID}`));
    // A contributed command activates the extension by itself (VS Code 1.74+); the ones listed besides are ours.
    const ids = new Set<string>(Object.values(COMMANDS));
    for (const command of ids) assert.ok(contributed.has(command), `${command} is contributed`);
    for (const command of [...contributed].filter((c) => c.startsWith('airoadmap.'))) assert.ok(ids.has(command), `${command} is in client/src/ids.ts`);
    // The language and (for the preview's restored panels) our webviews; nothing else: an onCommand event is redundant since 1.74.
    const allowed = (e: string) => e === `onLanguage:${LANGUAGE_ID}` || e.startsWith('onWebviewPanel:airoadmap.');
    assert.deepEqual(manifest.activationEvents.filter((e) => !allowed(e)), []);
    assert.ok(events.has(`onWebviewPanel:${PREVIEW_VIEW_TYPE}`), 'restored preview panels activate');
    const newRoadmap = manifest.contributes.commands.find((c) => c.command === COMMANDS.newRoadmap)!;
    assert.equal(`${nlsEn[newRoadmap.category!.slice(1, -1)]}: ${nlsEn[newRoadmap.title.slice(1, -1)]}`, 'AI Roadmap: New Roadmap');
  });

  it('the walkthrough checks its steps off with completion events VS Code knows, naming commands that exist', () => {
    const walkthroughs = (manifest.contributes as unknown as { walkthroughs: { steps: { id: string; completionEvents?: string[] }[] }[] }).walkthroughs;
    // The kinds VS Code's walkthrough service reads (contribution points, "Completion events").
    const kinds = /^(onCommand|onLink|onView|onSettingChanged|onContext|onExtensionInstalled):.+$|^onStepSelected$/;
    const ours = new Set(manifest.contributes.commands.map((c) => c.command));
    const steps = walkthroughs.flatMap((w) => w.steps);
    for (const step of steps) {
      for (const event of step.completionEvents ?? []) {
        assert.match(event, kinds, `${step.id}: ${event}`);
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        if (command !== undefined) assert.ok(ours.has(command) || command.startsWith('workbench.'), `${step.id}: ${command} is a command`);
      }
    }
    // Creating a roadmap checks off however it happens: the command, or any roadmap opened.
    assert.ok(steps.find((s) => s.id === 'createRoadmap')!.completionEvents!.includes(`onContext:editorLangId == ${LANGUAGE_ID}`));
  });

  it('every severity code can be configured', () => {
    const severity = manifest.contributes.configuration.properties['airoadmap.severity']!;
    assert.deepEqual(Object.keys(severity.properties ?? {}).sort(), [...ALL_CODES].sort());
    assert.deepEqual(manifest.contributes.configuration.properties['airoadmap.language']!.enum, ['auto', 'en', 'nb']);
    for (const key of ['trainingBudget', 'firstYearBudget', 'runningCost']) {
      assert.ok(manifest.contributes.configuration.properties[`airoadmap.guides.${key}`], key);
    }
  });

  it('the preview commands are where the Markdown preview has them: on the focused preview’s title, in the palette only where they apply', () => {
    const m = manifest as unknown as {
      contributes: {
        commands: { command: string; title: string; category?: string; icon?: string }[];
        menus: Record<string, { command: string; when?: string; group?: string }[]>;
      };
    };
    const focused = `activeWebviewPanelId == ${PREVIEW_VIEW_TYPE}`;
    const titles: Record<string, [string, string]> = {
      [COMMANDS.openLockedPreviewToSide]: ['Open Locked Preview to the Side', 'Åpne låst forhåndsvisning ved siden av'],
      [COMMANDS.togglePreviewLock]: ['Toggle Preview Locking', 'Lås eller lås opp forhåndsvisningen'],
      [COMMANDS.showSource]: ['Show Source', 'Vis kilden'],
      [COMMANDS.refreshPreview]: ['Refresh Preview', 'Oppdater forhåndsvisningen'],
    };
    for (const [id, [en, nb]] of Object.entries(titles)) {
      const c = m.contributes.commands.find((x) => x.command === id);
      assert.ok(c, `${id} is contributed`);
      assert.equal(c.category, '%airoadmap.category%', id);
      assert.match(c.icon ?? '', /^\$\([a-z-]+\)$/, `${id} has an icon`);
      const key = c.title.slice(1, -1);
      assert.equal(nlsEn[key], en, id);
      assert.equal(nlsNb[key], nb, id);
    }
    const palette = new Map(m.contributes.menus['commandPalette']!.map((e) => [e.command, e.when]));
    assert.equal(palette.get(COMMANDS.openLockedPreviewToSide), `editorLangId == ${LANGUAGE_ID}`);
    for (const id of [COMMANDS.togglePreviewLock, COMMANDS.showSource, COMMANDS.refreshPreview]) assert.equal(palette.get(id), focused, `${id}: only with a preview focused`);
    const title = m.contributes.menus['editor/title']!.filter((e) => e.when === focused);
    assert.deepEqual(
      title.map((e) => e.command).sort(),
      [COMMANDS.exportPreview, COMMANDS.refreshPreview, COMMANDS.showSource, COMMANDS.togglePreviewLock].sort(),
      'Show Source, Refresh, Toggle Lock and Export on the focused preview',
    );
    for (const e of title) assert.match(e.group ?? '', /^navigation/, `${e.command} is a button`);
    assert.ok(m.contributes.menus['explorer/context']!.some((e) => e.command === COMMANDS.openLockedPreviewToSide && e.when === `resourceLangId == ${LANGUAGE_ID}`));
  });

  it('the preview settings: scroll with the editor (on) and the export theme (light or the editor’s)', () => {
    const props = manifest.contributes.configuration.properties as Record<string, { type?: string; default?: unknown; enum?: string[]; markdownDescription?: string; enumDescriptions?: string[] }>;
    const scroll = props['airoadmap.preview.scrollPreviewWithEditor']!;
    assert.equal(scroll.type, 'boolean');
    assert.equal(scroll.default, true);
    const theme = props['airoadmap.preview.exportTheme']!;
    assert.deepEqual(theme.enum, ['light', 'editor']);
    assert.equal(theme.default, 'light');
    assert.equal(theme.enumDescriptions?.length, 2);
    for (const p of [scroll, theme]) assert.match(p.markdownDescription ?? '', /^%airoadmap\.preview\./);
  });

  it('every %placeholder% is translated in English and Norwegian', () => {
    const used = new Set([...JSON.stringify(manifest.contributes).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
    assert.ok(used.size > 10);
    for (const key of used) {
      assert.ok(nlsEn[key], `en: ${key}`);
      assert.ok(nlsNb[key], `nb: ${key}`);
    }
    assert.deepEqual(Object.keys(nlsNb).filter((k) => k.startsWith('airoadmap.')).sort(), Object.keys(nlsEn).filter((k) => k.startsWith('airoadmap.')).sort());
  });
});

describe('grammar and language configuration', () => {
  const grammar = readJson('syntaxes/airoadmap.tmLanguage.json') as {
    scopeName: string;
    patterns: { include: string }[];
    repository: Record<string, { match?: string }>;
  };

  it('reuses YAML and highlights the suppression directives', () => {
    assert.equal(grammar.scopeName, manifest.contributes.grammars[0]!.scopeName);
    assert.ok(grammar.patterns.some((p) => p.include === 'source.yaml'));
    const line = new RegExp(grammar.repository['suppression-directive-line']!.match!);
    assert.ok(line.test('  # airoadmap-disable-next-line kpi-unused -- measured elsewhere'));
    assert.ok(line.test('# airoadmap-disable'));
    assert.ok(!line.test('# airoadmap-disabled'));
    assert.ok(!line.test('name: x # airoadmap-disable'));
    const inner = new RegExp(grammar.repository['suppression-directive']!.match!);
    assert.ok(inner.test('# airoadmap-disable-next-line kpi-unused'));
  });

  it('indents after `key:` and not after `key: value`', () => {
    const config = readJson('language-configuration.json') as { comments: { lineComment: string }; onEnterRules: { beforeText: string; action: { indent: string } }[] };
    assert.equal(config.comments.lineComment, '#');
    const rule = new RegExp(config.onEnterRules[0]!.beforeText);
    for (const yes of ['kpis:', '  doc-search:', '    production:   # checklist', '  - costs:']) assert.ok(rule.test(yes), yes);
    for (const no of ['  name: Anna', '    kpis: [a, b]', '# comment:', '  weeks: 7-8']) assert.ok(!rule.test(no), no);
  });
});
