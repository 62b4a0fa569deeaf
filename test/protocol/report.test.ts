/**
 * The `airoadmap/report` request behind *AI Roadmap: Export Report…*, over
 * real JSON-RPC (`node dist/server.js --stdio`): the server's report of an
 * open document is the command line's (the golden files of
 * test/unit/report.test.ts), in the language of the settings, of the text the
 * editor has after an edit; the HTML page has a fresh nonce per answer; bad
 * params and unknown documents get null and the server keeps serving.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { REPORT_REQUEST, type ReportResult } from '../../server/src/shared/preview-protocol';
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
      const result = await report(s, { uri, format: 'md' });
      assert.ok(result, 'an answer');
      assert.equal(result.uri, uri);
      assert.equal(result.version, 1);
      assert.equal(result.format, 'md');
      assert.equal(result.text, golden(locale), `the ${locale} golden file`);
    }
  });

  it('answers of the text after an edit, without waiting for the diagnostics', async () => {
    const s = await start();
    const uri = fixtureUri('report-edit.airoadmap.yaml');
    await s.open(uri, EXAMPLE);
    const at = positionOf(EXAMPLE, 'name: Nordlys', 0, 'name: '.length);
    await s.change(uri, 2, [{ range: { start: at, end: { line: at.line, character: at.character + 'Nordlys'.length } }, text: 'Sørlys' }]);
    const result = await report(s, { uri, format: 'md' });
    assert.ok(result);
    assert.equal(result.version, 2);
    assert.match(result.text.split('\n')[0]!, /^# Sørlys/, 'the title is the edited name');
  });

  it('gives a self-contained page with a fresh nonce per answer', async () => {
    const s = await start({ language: 'nb' });
    const uri = fixtureUri('report-html.airoadmap.yaml');
    await s.open(uri, EXAMPLE);
    await s.waitForDiagnostics(uri);
    const [a, b] = await Promise.all([report(s, { uri, format: 'html' }), report(s, { uri, format: 'html' })]);
    assert.ok(a && b);
    assert.equal(a.format, 'html');
    assert.match(a.text, /^<!DOCTYPE html>/);
    assert.match(a.text, /<html lang="nb">/);
    const nonce = (text: string) => /style-src 'nonce-([0-9a-f]{32})'/.exec(text)?.[1];
    assert.ok(nonce(a.text), 'a 128-bit nonce in the CSP');
    assert.match(a.text, new RegExp(`<style nonce="${nonce(a.text)!}">`), 'the one stylesheet carries it');
    assert.notEqual(nonce(a.text), nonce(b.text), 'fresh per answer');
    assert.doesNotMatch(a.text, /<script|<link|<img/);
    assert.equal(a.text.replaceAll(nonce(a.text)!, 'N'), b.text.replaceAll(nonce(b.text)!, 'N'), 'otherwise the same page');
  });

  it('answers null to unknown documents and to params that are not a report request, and keeps serving', async () => {
    const s = await start();
    const uri = fixtureUri('report-bad.airoadmap.yaml');
    await s.open(uri, EXAMPLE);
    for (const params of [null, [], 'x', { uri }, { uri, format: 'pdf' }, { uri: 5, format: 'md' }, { uri: fixtureUri('never-opened.airoadmap.yaml'), format: 'md' }]) {
      assert.equal(await report(s, params), null, JSON.stringify(params));
    }
    const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(EXAMPLE, 'use_cases:') });
    assert.ok(hover, 'the server still answers');
  });
});
