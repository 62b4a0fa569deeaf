/**
 * The end-to-end scenarios through the VS Code API, for a real VS Code run by
 * @vscode/test-electron (`npm run test:vscode`; needs internet to download
 * VS Code). What the API cannot see — token colours, the webview's DOM,
 * screenshots — is covered by the code-server tests in test/e2e/.
 * The language core is the oracle for what the editor must report.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { checkText } from '../../../server/src/core/index';
import type { RoadmapDiagnostic } from '../../../server/src/core/language/types';
import { suite, suiteSetup, suiteTeardown, test } from './runner';

const EXTENSION_ID = 'airoadmap.airoadmap';
const CLEAN = 'nordlys.airoadmap.yaml';
const PROBLEMS = 'problems.airoadmap.yaml';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function fileUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace must be open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(name));
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

function expected(document: vscode.TextDocument): RoadmapDiagnostic[] {
  return checkText(document.getText()).diagnostics;
}

const toPosition = (p: { line: number; character: number }) => new vscode.Position(p.line, p.character);

suite('AI Roadmap in VS Code (API)', () => {
  suiteSetup(async () => {
    await vscode.workspace.getConfiguration('airoadmap').update('language', 'en', vscode.ConfigurationTarget.Global);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('1. opening a roadmap activates the extension; the language has its grammar', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    const editor = await open(CLEAN);
    assert.equal(editor.document.languageId, 'airoadmap');
    await waitFor('the extension to activate', () => extension.isActive);
    const grammars = (extension.packageJSON as { contributes?: { grammars?: { language?: string; path: string }[] } }).contributes?.grammars ?? [];
    const grammar = grammars.find((g) => g.language === 'airoadmap');
    assert.ok(grammar, 'a TextMate grammar is contributed for airoadmap');
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, grammar.path));
  });

  test('2. the diagnostics of the problems example, with their codes', async () => {
    const editor = await open(PROBLEMS);
    const want = expected(editor.document).map((d) => `${d.code}@${d.range.start.line}`).sort();
    assert.ok(want.length > 0);
    const got = await waitFor('the diagnostics', () => {
      const list = vscode.languages.getDiagnostics(editor.document.uri).map((d) => `${codeOf(d)}@${d.range.start.line}`).sort();
      return list.length === want.length ? list : undefined;
    });
    assert.deepEqual(got, want);
    for (const d of vscode.languages.getDiagnostics(editor.document.uri)) assert.equal(d.source, 'airoadmap');
  });

  test('3. `kpis: [` completes the KPI ids; hover on `readiness` gives the guidance', async () => {
    const editor = await open(CLEAN);
    const { model } = checkText(editor.document.getText());
    const kpiIds = [...model.kpis.keys()];
    const otherIds = [...model.systems.keys(), ...model.team.keys(), ...model.risks.keys()].filter((id) => !kpiIds.includes(id));
    const useCase = [...model.use_cases.values()][0]!;
    const fieldLine = editor.document.lineAt(useCase.idRange.start.line + 1);
    const indent = fieldLine.text.slice(0, fieldLine.firstNonWhitespaceCharacterIndex);
    await editor.edit((edit) => edit.insert(fieldLine.range.end, `\n${indent}kpis: [`));
    const position = new vscode.Position(fieldLine.lineNumber + 1, indent.length + 'kpis: ['.length);
    const list = await waitFor('completion items', async () => {
      const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, '[');
      const labels = result.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      return kpiIds.every((id) => labels.includes(id)) ? labels : undefined;
    });
    assert.deepEqual(list.filter((l) => otherIds.includes(l)), []);
    await vscode.commands.executeCommand('workbench.action.files.revert');

    const system = [...model.systems.values()].find((s) => s.keyRange('readiness'))!;
    const key = system.keyRange('readiness')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, toPosition(key.start).translate(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /4\s*[–-]\s*5/);
  });

  test('4. the quick fix adds a missing baseline and the warning goes', async () => {
    const editor = await open(PROBLEMS);
    const before = await waitFor('kpi-no-baseline', () => {
      const list = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => codeOf(d) === 'kpi-no-baseline');
      return list.length > 0 ? list : undefined;
    });
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      before[0]!.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => /baseline/i.test(a.title));
    assert.ok(fix, `no baseline fix among: ${actions.map((a) => a.title).join(', ')}`);
    if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit));
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    await waitFor('the warning to go', () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => codeOf(d) === 'kpi-no-baseline').length === before.length - 1);
    assert.match(editor.document.getText(), /^\s+baseline:/m);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('5. Open Preview to the Side opens the preview panel beside the roadmap', async () => {
    const editor = await open(CLEAN);
    await vscode.commands.executeCommand('airoadmap.openPreviewToSide');
    const tab = await waitFor('a preview tab', () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && /airoadmap/i.test(t.input.viewType)),
    );
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview opens beside the editor');
    // The bubbles, their movement and click-to-reveal live in the webview's DOM:
    // asserted by test/e2e (code-server) and the browser tests.
  });

  test('6. switching to a light theme keeps the preview open', async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', 'Default Light Modern', vscode.ConfigurationTarget.Global);
    await waitFor('the light theme', () => vscode.window.activeColorTheme.kind === vscode.ColorThemeKind.Light);
    const stillOpen = vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview);
    assert.ok(stillOpen);
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
  });

  test('7. New Roadmap opens an untitled roadmap.airoadmap.yaml with the starter, a second one beside it', async () => {
    await vscode.commands.executeCommand('airoadmap.newRoadmap');
    const first = await waitFor('the new roadmap with its text', () => {
      const document = vscode.window.activeTextEditor?.document;
      return document?.uri.scheme === 'untitled' && document.getText().length > 0 && document;
    });
    assert.equal(first.uri.path, 'roadmap.airoadmap.yaml', 'the tab and Save propose this name, not the first comment line');
    assert.equal(first.languageId, 'airoadmap');
    assert.match(first.getText(), /^airoadmap: 1\b/m, 'the starter roadmap');
    await vscode.commands.executeCommand('airoadmap.newRoadmap');
    const second = await waitFor('a second new roadmap with its text', () => {
      const document = vscode.window.activeTextEditor?.document;
      return document !== undefined && document !== first && document.getText().length > 0 && document;
    });
    assert.equal(second.uri.path, 'roadmap-2.airoadmap.yaml');
    assert.match(first.getText(), /^airoadmap: 1\b/m, 'the first is left as it was');
    for (const document of [first, second]) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
  test('8. Export Report writes the quarterly report beside the roadmap, as Markdown and as a page', async () => {
    const roadmap = fileUri(CLEAN);
    await open(CLEAN);
    for (const [format, name] of [['md', 'nordlys.report.md'], ['html', 'nordlys.report.html']] as const) {
      const target = fileUri(name);
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
      await vscode.commands.executeCommand('airoadmap.exportReport', roadmap, { format, target });
      const text = await waitFor(`${name} written`, async () => {
        try {
          return new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        } catch {
          return undefined;
        }
      });
      if (format === 'md') {
        assert.match(text, /^# Nordlys Logistikk AS: quarterly AI report\n/);
        for (const heading of ['90-day plan', 'Budget', 'Portfolio', 'KPIs', 'Risks', 'Compliance']) assert.match(text, new RegExp(`^## ${heading}`, 'm'), heading);
        assert.doesNotMatch(text, /<[a-z]/i, 'no HTML in the Markdown');
      } else {
        assert.match(text, /^<!DOCTYPE html>/);
        assert.match(text, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[0-9a-f]{32}'/);
        assert.doesNotMatch(text, /<script/);
      }
      await vscode.workspace.fs.delete(target);
    }
  });
});
