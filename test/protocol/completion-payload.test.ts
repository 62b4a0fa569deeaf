/**
 * Small completion answers for clients that can take them (VS Code's client
 * declares both capabilities used here): documentation comes through
 * `completionItem/resolve`, the shared replace range once as
 * `itemDefaults.editRange`. Other clients get the full items. Both must
 * describe the same completions. Test-only; never imports vscode.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ClientCapabilities, CompletionItem, CompletionList, Position, Range, TextEdit } from 'vscode-languageserver-protocol';
import { generateRoadmap } from '../../bench/generate';
import { ensureBuilt, fixtureUri, LspSession } from './support/lsp-harness';

/** What vscode-languageclient 11 declares for completion (lib/common/completion.js). */
const VSCODE_COMPLETION: NonNullable<ClientCapabilities['textDocument']>['completion'] = {
  dynamicRegistration: true,
  contextSupport: true,
  completionItem: {
    snippetSupport: true,
    commitCharactersSupport: true,
    documentationFormat: ['markdown', 'plaintext'],
    deprecatedSupport: true,
    preselectSupport: true,
    insertReplaceSupport: true,
    resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] },
    labelDetailsSupport: true,
  },
  completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
};

const TEXT = generateRoadmap(200).text;

function positionAfter(text: string, needle: string, from = 0): Position {
  const at = text.indexOf(needle, from) + needle.length;
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

/** What an item inserts and where, whichever shape it came in. */
function edit(item: CompletionItem, list: CompletionList): { range: Range; newText: string; format: number } {
  const te = item.textEdit as TextEdit | undefined;
  const range = te?.range ?? (list.itemDefaults?.editRange as Range | undefined);
  assert.ok(range, `${item.label}: a range`);
  return { range, newText: te?.newText ?? item.textEditText ?? item.label, format: item.insertTextFormat ?? list.itemDefaults?.insertTextFormat ?? 1 };
}

describe('completion answers', () => {
  let plain: LspSession;
  let vscode: LspSession;
  const uri = fixtureUri('completion-payload.airoadmap.yaml');
  before(async () => {
    await ensureBuilt();
    plain = await LspSession.start();
    assert.equal(plain.initializeResult.capabilities.completionProvider?.resolveProvider, true, 'the server resolves completion items');
    vscode = await LspSession.start({
      capabilities: {
        workspace: { configuration: true },
        textDocument: { completion: VSCODE_COMPLETION, publishDiagnostics: { versionSupport: true } },
      },
    });
    for (const s of [plain, vscode]) {
      await s.open(uri, TEXT);
      await s.waitForDiagnostics(uri);
    }
  });
  after(async () => {
    await plain?.stop();
    await vscode?.stop();
  });

  const ask = async (s: LspSession, position: Position): Promise<CompletionList> =>
    (await s.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as CompletionList;

  for (const [where, position] of [
    ['a reference list (`kpis: [`)', positionAfter(TEXT, 'kpis: [', TEXT.indexOf('\nuse_cases:'))],
    // On the word `title` of a use case: the keys of a use case (snippets with placeholders among them).
    ['a key of a use case', { line: positionAfter(TEXT, '\n    title:', TEXT.indexOf('\nuse_cases:')).line, character: 4 }],
  ] as const) {
    it(`at ${where}: the same completions, a smaller answer, documentation on resolve`, async () => {
      const full = await ask(plain, position);
      const small = await ask(vscode, position);
      assert.ok(full.items.length > 0, 'something is offered');
      assert.deepEqual(small.items.map((i) => i.label), full.items.map((i) => i.label));
      assert.ok(full.items.every((i) => i.documentation !== undefined), 'the plain client gets documentation inline');
      for (const [i, item] of small.items.entries()) {
        const reference = full.items[i]!;
        assert.equal(item.documentation, undefined, `${item.label}: documentation waits for resolve`);
        assert.deepEqual(edit(item, small), edit(reference, full), `${item.label}: inserts the same text at the same place`);
        assert.equal(item.detail, reference.detail);
        assert.equal(item.sortText, reference.sortText);
        assert.equal(item.kind, reference.kind);
      }
      // The editor resolves the items it shows: first, middle and last.
      for (const i of [0, Math.floor(small.items.length / 2), small.items.length - 1]) {
        const resolved = (await vscode.connection.sendRequest('completionItem/resolve', small.items[i])) as CompletionItem;
        assert.deepEqual(resolved.documentation, full.items[i]!.documentation, `${small.items[i]!.label}: documentation on resolve`);
      }
      if (small.items.length > 50) {
        const ratio = JSON.stringify(small).length / JSON.stringify(full).length;
        assert.ok(ratio < 0.4, `the answer is ${(ratio * 100).toFixed(0)} % of the full one`);
      }
    });
  }

  it('an item of an older answer resolves to itself, without documentation', async () => {
    const position = positionAfter(TEXT, 'kpis: [', TEXT.indexOf('\nuse_cases:'));
    const older = await ask(vscode, position);
    await ask(vscode, position);
    const resolved = (await vscode.connection.sendRequest('completionItem/resolve', older.items[0])) as CompletionItem;
    assert.deepEqual(resolved, older.items[0]);
  });
});
