/**
 * The language server's today (server/src/lsp/today.ts): the local date,
 * watched for midnight on a clock the test moves by hand, so no real time
 * passes and the outcome does not depend on the day the test runs. The last
 * test runs the whole server in this process over real JSON-RPC and shows an
 * open roadmap re-checked at midnight: a plan item becomes overdue.
 * Local times are built with `new Date(y, m, d, h)`, in the machine's zone.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { createConnection } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { startServer } from '../../server/src/lsp/adapter';
import { fixedTodayFromEnv, localDateAt, MAX_WAIT_MS, msToNextLocalMidnight, TodayWatch } from '../../server/src/lsp/today';
import { DAY_CHANGED_NOTIFICATION } from '../../server/src/shared/preview-protocol';
import { WEEK_ONE_PLAN as ROADMAP } from '../helpers/fixtures';
import { ManualClock } from '../helpers/manual-clock';

const HOUR = 60 * 60 * 1000;

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('today watch', () => {
  it('reads the local date and the time to the next local midnight', () => {
    assert.equal(localDateAt(at(2027, 1, 10, 23, 59)), '2027-01-10');
    assert.equal(localDateAt(at(2027, 1, 11, 0, 0)), '2027-01-11');
    assert.equal(msToNextLocalMidnight(at(2027, 1, 10, 23)), at(2027, 1, 11) - at(2027, 1, 10, 23));
    assert.equal(msToNextLocalMidnight(at(2028, 2, 28, 12)), at(2028, 2, 29) - at(2028, 2, 28, 12), 'to the leap day');
  });

  it('tells of a new date after local midnight, once, and re-arms for the next one', () => {
    const clock = new ManualClock(at(2027, 1, 10, 23, 30));
    const seen: string[] = [];
    const watch = new TodayWatch((today) => seen.push(today), clock);
    assert.equal(watch.today, '2027-01-10');
    assert.equal(clock.pending, 0, 'no timer before start');
    watch.start();
    assert.equal(clock.pending, 1);
    assert.deepEqual(clock.waits, [30 * 60 * 1000], 'the timer is set to midnight');
    clock.advance(29 * 60 * 1000);
    assert.deepEqual(seen, []);
    clock.advance(60 * 1000);
    assert.deepEqual(seen, ['2027-01-11']);
    assert.equal(watch.today, '2027-01-11');
    assert.equal(clock.pending, 1, 're-armed');
    clock.advance(24 * HOUR);
    assert.deepEqual(seen, ['2027-01-11', '2027-01-12'], 'one call per new day, though the watch looks every hour');
    watch.dispose();
    assert.equal(clock.pending, 0, 'dispose clears the timer');
    clock.advance(48 * HOUR);
    assert.deepEqual(seen, ['2027-01-11', '2027-01-12']);
  });

  it('never waits more than an hour (a sleeping machine or a new time zone moves midnight)', () => {
    const clock = new ManualClock(at(2027, 1, 10, 1));
    const watch = new TodayWatch(() => undefined, clock);
    watch.start();
    assert.deepEqual(clock.waits, [MAX_WAIT_MS]);
    watch.dispose();
  });

  it('a fixed today never changes and sets no timer', () => {
    const clock = new ManualClock(at(2027, 1, 10, 23, 30));
    const seen: string[] = [];
    const watch = new TodayWatch((today) => seen.push(today), clock, '2026-12-01');
    watch.start();
    assert.equal(watch.today, '2026-12-01');
    assert.equal(clock.pending, 0);
    clock.advance(72 * HOUR);
    assert.deepEqual(seen, []);
  });

  it('AIROADMAP_TODAY fixes today when it is a real date', () => {
    const bad: string[] = [];
    assert.equal(fixedTodayFromEnv({ AIROADMAP_TODAY: '2026-12-01' }), '2026-12-01');
    assert.equal(fixedTodayFromEnv({}), undefined);
    assert.equal(fixedTodayFromEnv({ AIROADMAP_TODAY: '' }), undefined);
    assert.equal(fixedTodayFromEnv({ AIROADMAP_TODAY: '2027-02-30' }, (v) => bad.push(v)), undefined);
    assert.equal(fixedTodayFromEnv({ AIROADMAP_TODAY: 'tomorrow' }, (v) => bad.push(v)), undefined);
    assert.deepEqual(bad, ['2027-02-30', 'tomorrow']);
  });
});


describe('the language server at midnight', () => {
  it('checks the open roadmaps again when the local date changes: an item becomes overdue', { timeout: 30_000 }, async () => {
    // Sunday 10 January 2027, 23:00: the last day of week 1 of a plan starting on Monday 4 January.
    const clock = new ManualClock(at(2027, 1, 10, 23));
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    const server = createConnection(toServer, fromServer);
    startServer(server, { clock });
    const client = createProtocolConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
    const published: PublishDiagnosticsParams[] = [];
    let wake: (() => void) | undefined;
    client.onNotification(PublishDiagnosticsNotification.type, (p) => {
      published.push(p);
      wake?.();
    });
    const dayChanges: unknown[] = [];
    client.onNotification(DAY_CHANGED_NOTIFICATION, (p: unknown) => {
      dayChanges.push(p);
    });
    client.listen();
    const nextPublish = async (count: number): Promise<PublishDiagnosticsParams> => {
      while (published.length < count) await new Promise<void>((resolve) => (wake = resolve));
      return published[count - 1]!;
    };
    try {
      await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {}, workspaceFolders: null });
      await client.sendNotification(InitializedNotification.type, {});
      const uri = 'file:///virtual/midnight.airoadmap.yaml';
      await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'airoadmap', version: 1, text: ROADMAP } });
      const before = await nextPublish(1);
      assert.deepEqual(before.diagnostics.map((d) => d.code), [], 'on the last day of week 1, nothing is overdue');
      assert.equal(clock.pending, 1, 'the server waits for midnight');

      clock.advance(HOUR);
      const after = await nextPublish(2);
      assert.equal(after.uri, uri);
      assert.deepEqual(after.diagnostics.map((d) => d.code), ['plan-item-overdue'], 'on 11 January, week 1 is over: re-checked with no edit');
      assert.equal(after.diagnostics[0]!.range.start.line, 5);
      assert.match(String(after.diagnostics[0]!.message), /10 January 2027/);
      assert.deepEqual(dayChanges, [{ today: '2027-01-11' }], 'the client is told of the new day (an open preview asks for its views again)');

      await client.sendRequest(ShutdownRequest.type);
      assert.equal(clock.pending, 0, 'shutdown clears the timer');
    } finally {
      client.dispose();
      server.dispose();
    }
  });
});
