/**
 * Protocol test: a client that repeats (or lowers) a version number with new
 * text gets answers about the new text. The server's caches follow the
 * content, not the version number (issue 18, item 3).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentSymbolRequest, HoverRequest, type DocumentSymbol, type Hover, type MarkupContent, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, FIXTURES, fixtureUri, LspSession, positionOf } from './support/lsp-harness';

const NAVIGATION = readFileSync(path.join(FIXTURES, 'protocol', 'navigation.airoadmap.yaml'), 'utf8');

function hoverText(h: Hover | null): string {
  return h ? (h.contents as MarkupContent).value : '';
}

/** The navigation example with the ERP system renamed, the first use case's id changed and its owner set. */
function variant(systemName: string, useCaseId: string, owner: string): string {
  return NAVIGATION.replace('name: Visma', `name: ${systemName}`).replace('invoice-triage:', `${useCaseId}:`).replace('owner: anna', `owner: ${owner}`);
}

function useCaseIds(symbols: DocumentSymbol[]): string[] {
  return (symbols.find((s) => s.name === 'use_cases')?.children ?? []).map((c) => c.name);
}

describe('a repeated or lower version number with new text', () => {
  let s: LspSession;

  before(async () => {
    await ensureBuilt();
    s = await LspSession.start();
  });
  after(async () => {
    await s.stop();
  });

  const ask = async (uri: string, text: string): Promise<{ ids: string[]; hover: string }> => {
    const symbols = (await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, 'erp]', 0, 1) });
    return { ids: useCaseIds(symbols), hover: hoverText(hover) };
  };

  /** Changes the whole text and waits for the diagnostics that mention `owner` (or none when the owner is defined). */
  const changeTo = async (uri: string, version: number, text: string, owner: string): Promise<string[]> => {
    const from = s.published.length;
    await s.change(uri, version, [{ text }]);
    const unknownOwner = (p: PublishDiagnosticsParams): boolean => p.diagnostics.some((d) => String(d.message).includes(`'${owner}'`));
    const published = await s.waitForDiagnostics(uri, (p) => (owner === 'anna' ? !unknownOwner(p) && p.diagnostics.length === 0 : unknownOwner(p)), { from });
    return published.diagnostics.map((d) => String(d.code));
  };

  it('diagnostics, outline and hover follow the last text, not the version number', async () => {
    const uri = fixtureUri('repeated-version.airoadmap.yaml');
    await s.open(uri, NAVIGATION, 1);
    await s.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);

    const v2 = variant('SAP', 'invoice-sorting', 'ghost');
    assert.deepEqual(await changeTo(uri, 2, v2, 'ghost'), ['unknown-reference']);
    // The answers for version 2 are now computed and cached.
    const v2Answers = await ask(uri, v2);
    assert.deepEqual(v2Answers.ids, ['invoice-sorting', 'supplier-chat']);
    assert.match(v2Answers.hover, /\*\*SAP\*\*/);

    // Version 2 again, with other text.
    const again = variant('Dynamics', 'invoice-routing', 'phantom');
    assert.deepEqual(await changeTo(uri, 2, again, 'phantom'), ['unknown-reference']);
    const answers = await ask(uri, again);
    assert.deepEqual(answers.ids, ['invoice-routing', 'supplier-chat']);
    assert.match(answers.hover, /\*\*Dynamics\*\*/);

    // A lower version, with text whose owner is defined: the error goes away.
    const lower = variant('Oracle', 'invoice-check', 'anna');
    assert.deepEqual(await changeTo(uri, 1, lower, 'anna'), []);
    const lowerAnswers = await ask(uri, lower);
    assert.deepEqual(lowerAnswers.ids, ['invoice-check', 'supplier-chat']);
    assert.match(lowerAnswers.hover, /\*\*Oracle\*\*/);

    // The same text once more (version 3): the same answers.
    assert.deepEqual(await changeTo(uri, 3, lower, 'anna'), []);
    assert.deepEqual(await ask(uri, lower), lowerAnswers);
    await s.close(uri);
  });
});
