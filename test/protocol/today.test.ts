/**
 * Protocol tests of the server's today (real JSON-RPC with `node dist/server.js
 * --stdio`): the diagnostics, the preview's today line and the plan-start quick
 * fix all use the server's today. The test fixes that today through the
 * server's `AIROADMAP_TODAY` (the harness's `today` option), since tests never
 * read the clock; the midnight re-check is in test/unit/today-watch.test.ts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { VIEWS_REQUEST, type ViewsResult } from '../../server/src/shared/preview-protocol';
import { ensureBuilt, fixtureUri, LspSession } from './support/lsp-harness';
import { WEEK_ONE_PLAN as ROADMAP } from '../helpers/fixtures';


const NO_START = `airoadmap: 1
organization:
  name: Fjordtest AS
plan:
  kickoff:
    title: Kick-off
    weeks: 1
`;

const codesOf = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));

async function diagnosticsOn(today: string | undefined, text: string): Promise<{ session: LspSession; uri: string; diagnostics: Diagnostic[] }> {
  const session = await LspSession.start(today === undefined ? {} : { today });
  const uri = fixtureUri(`today-${today ?? 'default'}.airoadmap.yaml`);
  await session.open(uri, text);
  const published = await session.waitForDiagnostics(uri);
  return { session, uri, diagnostics: published.diagnostics };
}

describe("the server's today", () => {
  const sessions: LspSession[] = [];
  before(async () => {
    await ensureBuilt();
  });
  after(async () => {
    await Promise.all(sessions.map((s) => s.stop()));
  });

  it('on the day after the last day of week 1, the week-1 item is overdue; on that last day it is not', async () => {
    const late = await diagnosticsOn('2027-01-11', ROADMAP);
    sessions.push(late.session);
    assert.deepEqual(codesOf(late.diagnostics), ['plan-item-overdue']);
    assert.equal(late.diagnostics[0]!.range.start.line, 5);
    assert.match(String(late.diagnostics[0]!.message), /week 1.*10 January 2027/);

    const onTime = await diagnosticsOn('2027-01-10', ROADMAP);
    sessions.push(onTime.session);
    assert.deepEqual(codesOf(onTime.diagnostics), []);
  });

  it("the harness's default today is the fixtures' (before every plan's start): no date rule fires", async () => {
    const d = await diagnosticsOn(undefined, ROADMAP);
    sessions.push(d.session);
    assert.deepEqual(codesOf(d.diagnostics), []);
  });

  it("the preview's today line is the server's today", async () => {
    const d = await diagnosticsOn('2027-01-11', ROADMAP);
    sessions.push(d.session);
    const result = (await d.session.connection.sendRequest(VIEWS_REQUEST, { uri: d.uri })) as ViewsResult;
    assert.equal(result?.views.timeline.today?.date, '2027-01-11');
  });

  it("the plan-start quick fix writes the Monday after the server's today", async () => {
    const d = await diagnosticsOn('2027-01-13', NO_START);
    sessions.push(d.session);
    const diagnostic = d.diagnostics.find((x) => x.code === 'plan-no-start');
    assert.ok(diagnostic, JSON.stringify(codesOf(d.diagnostics)));
    const actions = (await d.session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: d.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
    const add = actions.find((a) => a.title === "Add 'start'");
    const written = JSON.stringify(add?.edit);
    assert.match(written, /start: 2027-01-18/, written);
  });
});
