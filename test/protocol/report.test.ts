/**
 * The `airoadmap/report` request behind *AI Roadmap: Export Report…*, over
 * real JSON-RPC (`node dist/server.js --stdio`): the server's report document
 * of an open document, written by the core's writers as the client does, is
 * the command line's (the golden files of test/unit/report.test.ts) in the
 * language of the settings, of the text the editor has after an edit; bad
 * params and unknown documents get null and the server keeps serving.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { documentHtml } from '../../server/src/core/views/report-html';
import { documentMarkdown } from '../../server/src/core/views/report-markdown';
import { isReportDocument, REPORT_REQUEST, type ReportResult } from '../../server/src/shared/preview-protocol';
import { ensureBuilt, fixtureUri, LspSession, positionOf, ROOT } from './support/lsp-harness';

const TODAY = '2027-02-15';
const EXAMPLE = readFileSync(join(ROOT, 'examples', 'nordlys.airoadmap.yaml'), 'utf8');
const golden = (locale: 'en' | 'nb') => readFileSync(join(ROOT, 'test', 'fixtures', 'report', `nordlys.${locale}.md`), 'utf8');

describe('the report request', () => {
  const sessions: LspSession[] = [];
  const start = async (settings: unknown = {}) => {
    const s = await LspSession.start({ today: TODAY, settings });
    sessions.push(s);
    return s;
  };
  const report = (s: LspSession, params: unknown) => s.connection.sendRequest<ReportResult>(REPORT_REQUEST, params);

  before(async () => {
    await ensureBuilt();
  });
  after(async () => {
    await Promise.all(sessions.map((s) => s.stop()));
  });

  it("is the command line's report of the open document, in the settings' language", async () => {
    for (const locale of ['en', 'nb'] as const) {
      const s = await start({ language: locale });
      const uri = fixtureUri(`report-${locale}.airoadmap.yaml`);
      await s.open(uri, EXAMPLE);
      await s.waitForDiagnostics(uri); // the settings are pulled by then
      const result = await report(s, { uri });
      assert.ok(result, 'an answer');
      assert.equal(result.uri, uri);
      assert.equal(result.version, 1);
      assert.ok(isReportDocument(result.document), 'a report document, as the client checks it');
      assert.equal(documentMarkdown(result.document), golden(locale), `the ${locale} golden file`);
      const page = documentHtml(result.document, 'N0NCE');
      assert.match(page, new RegExp(`<html lang="${locale}">`));
      assert.doesNotMatch(page, /<script|<link|<img/);
    }
  });

  it('answers of the text after an edit, without waiting for the diagnostics', async () => {
    const s = await start();
    const uri = fixtureUri('report-edit.airoadmap.yaml');
    await s.open(uri, EXAMPLE);
    const at = positionOf(EXAMPLE, 'name: Nordlys', 0, 'name: '.length);
    await s.change(uri, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 'Nordlys'.length } }, text: 'Sørlys' }]);
    const result = await report(s, { uri });
    assert.ok(result);
    assert.equal(result.version, 2);
    assert.match(documentMarkdown(result.document).split('\n')[0]!, /^# Sørlys/, 'the title is the edited name');
  });

  it('answers null to unknown documents and to params that are not a report request, and keeps serving', async () => {
    const s = await start();
    const uri = fixtureUri('report-bad.airoadmap.yaml');
    await s.open(uri, EXAMPLE);
    for (const params of [null, [], 'x', {}, { uri: 5 }, { uri: fixtureUri('never-opened.airoadmap.yaml') }]) {
      assert.equal(await report(s, params), null, JSON.stringify(params));
    }
    const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(EXAMPLE, 'use_cases:') });
    assert.ok(hover, 'the server still answers');
  });
});
