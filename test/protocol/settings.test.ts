/**
 * Protocol tests of the settings: pulled with `workspace/configuration`,
 * re-applied on `didChangeConfiguration`, taken from `initializationOptions`
 * by clients without the configuration capability.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, HoverRequest, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { checkText } from '../../server/src/core/index';
import { ensureBuilt, FIXTURES, fixtureUri, LspSession, positionOf } from './support/lsp-harness';

const EXAMPLE = readFileSync(path.join(FIXTURES, 'dsl-example.airoadmap.yaml'), 'utf8');
const codesOf = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));
const messagesIn = (locale: 'en' | 'nb'): string[] => checkText(EXAMPLE, { locale }).diagnostics.map((d) => d.message);

describe('settings', () => {
  before(async () => {
    await ensureBuilt();
  });

  describe('pulled from a client with the configuration capability', () => {
    let s: LspSession;
    before(async () => {
      s = await LspSession.start({ locale: 'en', settings: {} });
    });
    after(async () => {
      await s?.stop();
    });

    it('asks for the airoadmap section', async () => {
      const uri = fixtureUri('pull.airoadmap.yaml');
      await s.open(uri, EXAMPLE);
      await s.waitForDiagnostics(uri);
      assert.ok(s.configurationRequests.length >= 1);
      assert.deepEqual(s.configurationRequests[0], { items: [{ section: 'airoadmap' }] });
    });

    it('severity off drops a code; a re-grade changes the severity; every open document is re-published', async () => {
      const uri = fixtureUri('severity.airoadmap.yaml');
      await s.open(uri, EXAMPLE);
      const first = await s.waitForDiagnostics(uri);
      assert.ok(codesOf(first.diagnostics).includes('unknown-reference'));
      assert.equal(first.diagnostics.find((d) => d.code === 'data-quality-low')?.severity, DiagnosticSeverity.Warning);

      const from = s.published.length;
      await s.changeSettings({ severity: { 'unknown-reference': 'off', 'data-quality-low': 'hint', bogus: 'loud' } });
      // A publish may still be on its way from an earlier change: wait for the one that reflects this one.
      const next = await s.waitForDiagnostics(uri, (p) => !codesOf(p.diagnostics).includes('unknown-reference'), { from });
      assert.equal(next.diagnostics.find((d) => d.code === 'data-quality-low')?.severity, DiagnosticSeverity.Hint);
      assert.ok(codesOf(next.diagnostics).includes('risk-category-missing'), 'other codes stay');
      assert.equal(next.version, first.version, 'same document version, re-published');

      const back = s.published.length;
      await s.changeSettings({});
      const restored = await s.waitForDiagnostics(uri, (p) => codesOf(p.diagnostics).includes('unknown-reference'), { from: back });
      assert.equal(restored.diagnostics.find((d) => d.code === 'data-quality-low')?.severity, DiagnosticSeverity.Warning);
    });

    it('language nb gives Norwegian messages and hovers', async () => {
      const uri = fixtureUri('language.airoadmap.yaml');
      await s.open(uri, EXAMPLE);
      const english = await s.waitForDiagnostics(uri);
      assert.deepEqual(english.diagnostics.map((d) => d.message), messagesIn('en'));
      const position = positionOf(EXAMPLE, 'readiness:', 0, 2);
      const enHover = (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }))?.contents as MarkupContent;

      const from = s.published.length;
      await s.changeSettings({ language: 'nb' });
      const nb = JSON.stringify(messagesIn('nb'));
      const norwegian = await s.waitForDiagnostics(uri, (p) => JSON.stringify(p.diagnostics.map((d) => d.message)) === nb, { from });
      assert.equal(norwegian.version, english.version);
      assert.notDeepEqual(messagesIn('nb'), messagesIn('en'));
      const nbHover = (await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }))?.contents as MarkupContent;
      assert.notEqual(nbHover.value, enHover.value, 'the hover follows the language');
      const back = s.published.length;
      await s.changeSettings({});
      const en = JSON.stringify(messagesIn('en'));
      await s.waitForDiagnostics(uri, (p) => JSON.stringify(p.diagnostics.map((d) => d.message)) === en, { from: back });
    });

    it('guide ranges replace the EUR guides', async () => {
      const uri = fixtureUri('guides.airoadmap.yaml');
      await s.open(uri, EXAMPLE);
      const first = await s.waitForDiagnostics(uri);
      assert.ok(!codesOf(first.diagnostics).includes('training-budget-range'), 'anna’s 3500 is inside the EUR guide');
      const from = s.published.length;
      await s.changeSettings({ guides: { trainingBudget: [4000, 6000], runningCost: 'nonsense' } });
      const next = await s.waitForDiagnostics(uri, (p) => codesOf(p.diagnostics).includes('training-budget-range'), { from });
      assert.match(String(next.diagnostics.find((d) => d.code === 'training-budget-range')!.message), /4,?000/);
      const back = s.published.length;
      await s.changeSettings({});
      await s.waitForDiagnostics(uri, (p) => !codesOf(p.diagnostics).includes('training-budget-range'), { from: back });
    });
  });

  it('auto follows the editor locale from the first publish on (nb-NO → nb)', async () => {
    const s = await LspSession.start({ locale: 'nb-NO', settings: { language: 'auto' } });
    try {
      const uri = fixtureUri('auto.airoadmap.yaml');
      await s.open(uri, EXAMPLE);
      const first = await s.waitForDiagnostics(uri);
      assert.deepEqual(first.diagnostics.map((d) => d.message), messagesIn('nb'));
    } finally {
      await s.stop();
    }
  });

  it('a client without the configuration capability: initializationOptions, then pushed settings', async () => {
    const s = await LspSession.start({
      configuration: false,
      locale: 'en',
      initializationOptions: { severity: { 'risk-category-missing': 'off' }, language: 'nb' },
    });
    try {
      const uri = fixtureUri('no-pull.airoadmap.yaml');
      await s.open(uri, EXAMPLE);
      const first = await s.waitForDiagnostics(uri);
      assert.equal(s.configurationRequests.length, 0, 'no configuration request to a client that cannot answer');
      assert.ok(!codesOf(first.diagnostics).includes('risk-category-missing'));
      assert.deepEqual(first.diagnostics.map((d) => d.message), messagesIn('nb').filter((_, i) => checkText(EXAMPLE).diagnostics[i]!.code !== 'risk-category-missing'));

      const from = s.published.length;
      await s.changeSettings({ severity: { 'unknown-reference': 'off' }, language: 'en' });
      const next = await s.waitForDiagnostics(uri, () => true, { from });
      assert.ok(!codesOf(next.diagnostics).includes('unknown-reference'));
      assert.ok(codesOf(next.diagnostics).includes('risk-category-missing'), 'pushed settings replace the initial ones');
      assert.deepEqual(next.diagnostics.map((d) => d.message), checkText(EXAMPLE, { severities: { 'unknown-reference': 'off' } }).diagnostics.map((d) => d.message));
    } finally {
      await s.stop();
    }
  });

  it('a client that never answers the configuration request still gets diagnostics', async () => {
    const s = await LspSession.start({ answerConfiguration: false, locale: 'en' });
    try {
      const uri = fixtureUri('silent.airoadmap.yaml');
      await s.open(uri, EXAMPLE);
      const first = await s.waitForDiagnostics(uri, () => true, { timeoutMs: 5000 });
      assert.deepEqual(first.diagnostics.map((d) => d.message), messagesIn('en'));
    } finally {
      await s.stop();
    }
  });

  it('a client that answers null (as Neovim does for unknown sections) gets the defaults', async () => {
    const s = await LspSession.start({ settings: null, locale: 'en' });
    try {
      const uri = fixtureUri('null.airoadmap.yaml');
      await s.open(uri, EXAMPLE);
      const first = await s.waitForDiagnostics(uri);
      assert.deepEqual(first.diagnostics.map((d) => d.message), messagesIn('en'));
    } finally {
      await s.stop();
    }
  });
});
