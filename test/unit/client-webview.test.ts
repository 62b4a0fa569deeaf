/**
 * The preview webview's defence in depth: one options builder for new and
 * restored panels (scripts, no forms, no command links, the bundle folder
 * only), a CSP held to the standalone export's, and the restored panel's
 * saved state (written by the webview, so untrusted) checked like every
 * other message — the manager itself is driven through VS Code's restore
 * entry point with a stand-in `vscode` module.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { URI, Utils } from 'vscode-uri';
import { previewCsp, previewWebviewOptions } from '../../client/src/preview/html';
import type { registerPreview as RegisterPreview } from '../../client/src/preview/index';
import { PREVIEW_MESSAGES } from '../../client/src/client-messages';
import { parseRoadmap } from '../../server/src/core/language/parse';
import type { RoadmapModel } from '../../server/src/core/language/model';
import { computeViews } from '../../server/src/core/views/compute';
import { ViewPartsCache } from '../../server/src/lsp/views';
import { buildStandaloneHtml } from '../../server/src/core/views/standalone';
import { DAY_CHANGED_NOTIFICATION, EDIT_REQUEST, VIEW_PARTS_REQUEST, type ViewPartsParams, defaultPreviewState, isRoadmapLocation, isToWebview, MAX_RESTORED_URI, restorablePreview, splitUri } from '../../server/src/shared/preview-protocol';

const ROOT = path.join(__dirname, '..', '..');

// --- hostile saved states ---------------------------------------------------------------

const state = (uri: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({ ...defaultPreviewState(null), uri, ...extra });

/** URIs a saved state must never bring into a restored panel. */
const HOSTILE_URIS: [string, string][] = [
  ['a command link', 'command:workbench.action.terminal.new'],
  ['a command link with arguments', 'command:vscode.open?%5B%22file%3A%2F%2F%2Fetc%2Fpasswd%22%5D'],
  ['a command link dressed as a roadmap', 'command:vscode.open/x.airoadmap.yaml'],
  ['javascript:', 'javascript:alert(1)'],
  ['javascript: ending like a roadmap', 'javascript:alert(1)//x.airoadmap.yaml'],
  ['data:', 'data:text/plain,x.airoadmap.yaml'],
  ['https:', 'https://evil.test/x.airoadmap.yaml'],
  ['a scheme the client does not serve', 'vscode-notebook-cell://github/owner/repo/x.airoadmap.yaml'],
  ['a virtual workspace’s non-roadmap file', 'vscode-vfs://github/owner/repo/.env'],
  ['another extension’s scheme', 'vscode-remote://ssh-remote+evil/x.airoadmap.yaml'],
  ['upper-case scheme', 'FILE:///home/u/x.airoadmap.yaml'],
  ['no scheme', '/home/u/x.airoadmap.yaml'],
  ['a non-roadmap file', 'file:///etc/passwd'],
  ['a private key', 'file:///home/u/.ssh/id_rsa'],
  ['a YAML file that is not a roadmap', 'file:///home/u/docker-compose.yaml'],
  ['the extension in the query', 'file:///etc/passwd?x=.airoadmap.yaml'],
  ['the extension in the fragment', 'file:///etc/passwd#.airoadmap.yaml'],
  ['a NUL before the extension', 'file:///etc/passwd%00.airoadmap.yaml'],
  ['a raw newline', 'file:///home/u/x.airoadmap.yaml\n'],
  ['an encoded newline', 'file:///home/u/x.airoadmap.yaml%0A'],
  ['malformed percent-encoding', 'file:///home/u/%E0%A4%A.airoadmap.yaml'],
  ['credentials in the authority', 'file://user:pw@evil.test/x.airoadmap.yaml'],
  ['an untitled document with an authority', 'untitled://evil/Untitled-1'],
  ['an untitled document pointing elsewhere', 'untitled:../../etc/passwd'],
  ['a huge path', `file:///${'a'.repeat(1_000_000)}.airoadmap.yaml`],
  ['one character over the limit', `file:///${'a'.repeat(MAX_RESTORED_URI - 'file:///.airoadmap.yaml'.length + 1)}.airoadmap.yaml`],
];

/** Saved states that are not a preview's state at all, or abuse its shape. */
const HOSTILE_STATES: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a bare URI string', 'file:///home/u/x.airoadmap.yaml'],
  ['a number', 42],
  ['an array', [state('file:///home/u/x.airoadmap.yaml')]],
  ['an empty object', {}],
  ['a number as the URI', state(42)],
  ['an object as the URI', state({ toString: () => 'file:///home/u/x.airoadmap.yaml' })],
  ['an array as the URI', state(['file:///home/u/x.airoadmap.yaml'])],
  ['an unknown view', state('file:///home/u/x.airoadmap.yaml', { view: 'evil' })],
  ['__proto__ as the view', state('file:///home/u/x.airoadmap.yaml', { view: '__proto__' })],
  ['a huge view name', state('file:///home/u/x.airoadmap.yaml', { view: 'm'.repeat(1_000_000) })],
  ['no zoom', { uri: 'file:///home/u/x.airoadmap.yaml', view: 'matrix', scroll: {} }],
  ['the state under "__proto__" (as JSON brings it)', JSON.parse('{"__proto__": {"uri": "file:///home/u/x.airoadmap.yaml", "view": "matrix", "zoom": {}, "scroll": {}}}')],
  ['the URI only inherited', Object.assign(Object.create({ uri: 'file:///home/u/x.airoadmap.yaml', view: 'matrix' }) as object, { zoom: {}, scroll: {} })],
  ['the URI under constructor.prototype', { constructor: { prototype: { uri: 'file:///home/u/x.airoadmap.yaml' } }, view: 'matrix', zoom: {}, scroll: {} }],
  ['no URI (a panel that never showed a roadmap)', state(null)],
  ...HOSTILE_URIS.map(([why, uri]): [string, unknown] => [`URI: ${why}`, state(uri)]),
];

/** What VS Code writes for real roadmaps (`Uri.toString()`), all accepted. */
const GOOD_URIS = [
  'file:///home/u/plan.airoadmap.yaml',
  'file:///home/u/plan.airoadmap.yml',
  'file:///c%3A/Users/u/My%20Plan.AIRoadmap.YAML',
  'file://server/share/team/plan.airoadmap.yaml',
  'untitled:Untitled-1',
  'untitled:/home/u/new.airoadmap.yaml',
  'file:///home/u/%C3%A6%C3%B8%C3%A5.airoadmap.yaml',
  // A virtual workspace's (Remote Repositories, github.dev).
  'vscode-vfs://github/owner/repo/plan.airoadmap.yaml',
];

describe('the restored panel’s saved state', () => {
  it('refuses every malformed or hostile state', () => {
    for (const [why, s] of HOSTILE_STATES) assert.equal(restorablePreview(s), null, why);
    assert.equal(({} as Record<string, unknown>)['uri'], undefined, 'Object.prototype untouched');
  });

  it('accepts the roadmap URIs VS Code writes, with the saved tab', () => {
    for (const uri of GOOD_URIS) {
      assert.equal(URI.parse(uri).toString(), uri, `${uri} is what Uri.toString() gives`);
      assert.deepEqual(restorablePreview(state(uri, { view: 'risks' })), { uri, view: 'risks', locked: false }, uri);
      assert.deepEqual(restorablePreview(state(uri, { view: 'risks', locked: true })), { uri, view: 'risks', locked: true }, `${uri} locked`);
    }
    assert.ok(restorablePreview(state(`file:///${'a'.repeat(MAX_RESTORED_URI - 'file:///.airoadmap.yaml'.length)}.airoadmap.yaml`)), 'the limit itself is allowed');
  });

  it('a panel is restored locked only when its own state says locked: true', () => {
    const uri = 'file:///home/u/plan.airoadmap.yaml';
    for (const [why, s] of [
      ['no locked', state(uri)],
      ['locked: false', state(uri, { locked: false })],
      ['locked: "true"', state(uri, { locked: 'true' })],
      ['locked: 1', state(uri, { locked: 1 })],
      ['locked: {}', state(uri, { locked: {} })],
      ['locked only inherited', Object.assign(Object.create({ locked: true }) as object, state(uri))],
    ] as [string, unknown][]) {
      assert.equal(restorablePreview(s)?.locked, false, why);
    }
    // A locked state with a hostile location is refused all the same.
    for (const [why, uri2] of HOSTILE_URIS) assert.equal(restorablePreview(state(uri2, { locked: true })), null, why);
  });

  it('the location check agrees with VS Code’s own parse of the same text', () => {
    for (const uri of GOOD_URIS) assert.ok(isRoadmapLocation(URI.parse(uri)), uri);
    // VS Code decodes a broken escape leniently, to a roadmap-named path: refused by the text check alone.
    const textOnly = new Set(['malformed percent-encoding']);
    for (const [why, uri] of HOSTILE_URIS) {
      if (uri.length > MAX_RESTORED_URI || textOnly.has(why)) continue; // refused for the text alone
      let parsed: URI;
      try {
        parsed = URI.parse(uri, true);
      } catch {
        continue; // VS Code would not parse it either
      }
      assert.ok(!isRoadmapLocation(parsed), `${why}: refused as VS Code parses it`);
      const parts = splitUri(uri);
      assert.ok(parts === null || !isRoadmapLocation(parts), `${why}: refused as split here`);
    }
  });
});

// --- options and CSP --------------------------------------------------------------------

/** A CSP as directive → sources. */
function parseCsp(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    assert.ok(!map.has(name), `${name} given twice`);
    map.set(name.toLowerCase(), sources);
  }
  return map;
}

function standaloneCsp(nonce: string): string {
  const views = computeViews(parseRoadmap(readFileSync(path.join(ROOT, 'examples/nordlys.airoadmap.yaml'), 'utf8')).model, 'en');
  const html = buildStandaloneHtml({ views, css: '', js: '', nonce });
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(m, 'the standalone page has a CSP meta');
  return m[1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('the webview’s options and CSP', () => {
  it('one options builder: scripts, no forms, no command links, the bundle folder only', () => {
    const root = { bundle: true };
    assert.deepEqual(previewWebviewOptions(root), { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [root], enableFindWidget: true });
  });

  it('the webview CSP holds to the standalone export’s: same directives, nothing looser but the webview’s own resource origin', () => {
    const source = 'https://abc.vscode-cdn.net';
    const webview = parseCsp(previewCsp(source, 'NONCE'));
    const standalone = parseCsp(standaloneCsp('NONCE'));
    assert.deepEqual([...webview.keys()].sort(), [...standalone.keys()].sort(), 'the same directives');
    for (const csp of [webview, standalone]) {
      assert.deepEqual(csp.get('default-src'), ["'none'"]);
      assert.deepEqual(csp.get('base-uri'), ["'none'"]);
      assert.deepEqual(csp.get('form-action'), ["'none'"]);
      assert.deepEqual(csp.get('script-src'), ["'nonce-NONCE'"], 'scripts only with the nonce: no inline handlers, no eval');
      for (const [name, sources] of csp) {
        for (const s of sources) assert.doesNotMatch(s, /^'?(unsafe-|strict-dynamic|\*|https?:$|blob:|filesystem:)/, `${name} ${s}`);
      }
    }
    for (const [name, sources] of webview) {
      const extra = sources.filter((s) => !standalone.get(name)!.includes(s) && s !== source);
      assert.deepEqual(extra, [], `${name}: only the webview's resource origin beyond the export's`);
    }
  });
});

// --- the manager, through VS Code's restore entry point ------------------------------------

interface Recorded {
  requests: unknown[];
  opened: string[];
  posted: unknown[];
  created: unknown[];
  /** Workspace edits applied: their replacements. */
  applied: { uri: string; range: unknown; text: string }[][];
  messages: string[];
}

interface FakePanel {
  webview: { options: unknown; html: string; cspSource: string; asWebviewUri(u: URI): URI; postMessage(m: unknown): Promise<boolean>; onDidReceiveMessage(fn: (m: unknown) => void): Disposable };
  title: string;
  viewColumn: number;
  active: boolean;
  iconPath?: unknown;
  disposed: boolean;
  reveal(): void;
  dispose(): void;
  onDidDispose(fn: () => void): Disposable;
  onDidChangeViewState(fn: (e: { webviewPanel: FakePanel }) => void): Disposable;
  /** A message from the webview. */
  send(m: unknown): void;
  /** The user focuses this panel (the others lose focus). */
  focus(): void;
}
interface Disposable {
  dispose(): void;
}
const disposable: Disposable = { dispose: () => undefined };
const event = () => (): Disposable => disposable;
/** An event the test can fire. */
function emitter<T>(): { on: (fn: (e: T) => void) => Disposable; fire: (e: T) => void; clear: () => void } {
  let listeners: ((e: T) => void)[] = [];
  return {
    on: (fn) => {
      listeners.push(fn);
      return { dispose: () => (listeners = listeners.filter((l) => l !== fn)) };
    },
    fire: (e) => listeners.forEach((l) => l(e)),
    clear: () => (listeners = []),
  };
}
const activeEditorChanged = emitter<{ document: { uri: URI; languageId: string }; viewColumn?: number } | undefined>();
const selectionChanged = emitter<{ textEditor: { document: { uri: URI } }; selections: { active: { line: number; character: number } }[] }>();
/** The `airoadmap.*` settings the fake configuration answers. */
let settings: Record<string, unknown> = {};
/** Every panel the manager created, in order. */
let panels: FakePanel[] = [];

let rec: Recorded = { requests: [], opened: [], posted: [], created: [], applied: [], messages: [] };
/** What the fake server answers to airoadmap/edit, and the model it answers airoadmap/viewParts of (null: it knows no document). */
let editAnswer: unknown = null;
let viewsAnswer: { version: number; model: RoadmapModel } | null = null;
/** The server's own answers of the view parts (a new one per start). */
let viewParts = new ViewPartsCache();
let serializer: { deserializeWebviewPanel(panel: FakePanel, state: unknown): Promise<void> } | undefined;
const commands = new Map<string, (...args: unknown[]) => Promise<void>>();

function fakePanel(): FakePanel {
  let listener: ((m: unknown) => void) | undefined;
  let onDispose: (() => void) | undefined;
  let onViewState: ((e: { webviewPanel: FakePanel }) => void) | undefined;
  const panel: FakePanel = {
    webview: {
      options: undefined,
      html: '',
      cspSource: 'https://abc.vscode-cdn.net',
      asWebviewUri: (u) => u,
      postMessage: async (m) => {
        rec.posted.push(m);
        return true;
      },
      onDidReceiveMessage: (fn) => {
        listener = fn;
        return disposable;
      },
    },
    title: '',
    viewColumn: 1,
    active: false,
    disposed: false,
    reveal: () => undefined,
    dispose: () => {
      if (panel.disposed) return;
      panel.disposed = true;
      onDispose?.();
    },
    onDidDispose: (fn) => {
      onDispose = fn;
      return disposable;
    },
    onDidChangeViewState: (fn) => {
      onViewState = fn;
      return disposable;
    },
    send: (m) => listener?.(m),
    focus: () => {
      for (const p of panels) p.active = false;
      panel.active = true;
      onViewState?.({ webviewPanel: panel });
    },
  };
  return panel;
}

/** The part of the `vscode` API the preview manager touches. */
const fakeVscode = {
  Uri: {
    parse: (text: string, strict?: boolean) => URI.parse(text, strict),
    joinPath: (base: URI, ...parts: string[]) => Utils.joinPath(base, ...parts),
    [Symbol.hasInstance]: (x: unknown) => x instanceof URI,
  },
  ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
  TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
  Range: class {
    constructor(
      readonly a: number,
      readonly b: number,
      readonly c: number,
      readonly d: number,
    ) {}
  },
  env: { language: 'en' },
  WorkspaceEdit: class {
    readonly replacements: { uri: string; range: unknown; text: string }[] = [];
    replace(uri: URI, range: unknown, text: string): void {
      this.replacements.push({ uri: uri.toString(), range, text });
    }
  },
  workspace: {
    getConfiguration: () => ({ get: (key: string) => settings[key] }),
    onDidChangeTextDocument: event(),
    onDidChangeConfiguration: event(),
    onDidGrantWorkspaceTrust: event(),
    isTrusted: true,
    fs: { isWritableFileSystem: (scheme: string) => scheme === 'file' },
    textDocuments: [] as { uri: URI; version: number }[],
    applyEdit: async (edit: { replacements: { uri: string; range: unknown; text: string }[] }) => {
      rec.applied.push(edit.replacements);
      return true;
    },
  },
  window: {
    activeTextEditor: undefined as { document: { uri: URI; languageId: string } } | undefined,
    visibleTextEditors: [],
    onDidChangeActiveTextEditor: activeEditorChanged.on,
    onDidChangeTextEditorSelection: selectionChanged.on,
    showInformationMessage: async (m: string) => void rec.messages.push(m),
    showWarningMessage: async (m: string) => void rec.messages.push(m),
    showTextDocument: async (uri: URI, _options?: unknown) => {
      rec.opened.push(uri.toString());
      return { revealRange: () => undefined };
    },
    createWebviewPanel: (_type: string, title: string, _show: unknown, options: unknown) => {
      rec.created.push(options);
      const panel = fakePanel();
      panel.title = title;
      panels.push(panel);
      return panel;
    },
    registerWebviewPanelSerializer: (_type: string, s: typeof serializer) => {
      serializer = s;
      return disposable;
    },
  },
  commands: {
    registerCommand: (id: string, fn: (...args: unknown[]) => Promise<void>) => {
      commands.set(id, fn);
      return disposable;
    },
  },
};

describe('the preview manager restoring a panel', () => {
  const loader = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };
  const original = loader._load;
  let registerPreview: typeof RegisterPreview;
  const extensionUri = URI.file('/ext');
  const bundleRoot = Utils.joinPath(extensionUri, 'dist', 'webview');

  before(() => {
    loader._load = function (request, parent, isMain) {
      return request === 'vscode' ? fakeVscode : original.call(this, request, parent, isMain);
    };
    ({ registerPreview } = createRequire(__filename)('../../client/src/preview/index') as { registerPreview: typeof RegisterPreview });
  });
  after(() => {
    loader._load = original;
  });

  /** The server notifications the manager listens to, by method. */
  const notificationHandlers = new Map<string, (params: unknown) => void>();

  /** A fresh extension: a manager, its serializer and its commands, recording what it asks and opens. */
  function start(): void {
    rec = { requests: [], opened: [], posted: [], created: [], applied: [], messages: [] };
    editAnswer = null;
    viewsAnswer = null;
    viewParts = new ViewPartsCache();
    fakeVscode.workspace.isTrusted = true;
    fakeVscode.workspace.textDocuments = [];
    serializer = undefined;
    commands.clear();
    fakeVscode.window.activeTextEditor = undefined;
    notificationHandlers.clear();
    activeEditorChanged.clear();
    selectionChanged.clear();
    settings = {};
    panels = [];
    const client = {
      sendRequest: async (method: string, params: unknown) => {
        if (method === VIEW_PARTS_REQUEST) {
          // Recorded by the file asked about (which tabs and ids are the view-parts tests' business).
          const p = params as ViewPartsParams;
          rec.requests.push({ uri: p.uri });
          return viewsAnswer ? viewParts.answer(p.uri, { ...viewsAnswer, locale: 'en' }, p, '2027-01-05') : null;
        }
        rec.requests.push(params);
        return method === EDIT_REQUEST ? editAnswer : null;
      },
      onNotification: (method: string, handler: (params: unknown) => void) => {
        notificationHandlers.set(method, handler);
        return { dispose: () => notificationHandlers.delete(method) };
      },
    };
    const context = { extensionUri, subscriptions: [] as Disposable[] };
    registerPreview(context as never, client as never);
    assert.ok(serializer, 'a serializer is registered');
  }

  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

  it('a valid state shows its roadmap (the control: the recorder sees requests and opened editors)', async () => {
    start();
    const uri = 'file:///home/u/plan.airoadmap.yaml';
    const panel = fakePanel();
    await serializer!.deserializeWebviewPanel(panel, state(uri));
    assert.deepEqual(panel.webview.options, previewWebviewOptions(bundleRoot));
    assert.deepEqual(rec.requests, [{ uri }]);
    panel.send({ type: 'ready' });
    panel.send({ type: 'reveal', uri, section: 'use_cases', id: 'x', range });
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(rec.opened, [uri]);
  });

  it('a new day (the server says so at midnight) makes the open preview ask for its views again', async () => {
    start();
    const uri = 'file:///home/u/plan.airoadmap.yaml';
    const panel = fakePanel();
    await serializer!.deserializeWebviewPanel(panel, state(uri));
    assert.deepEqual(rec.requests, [{ uri }]);
    const handler = notificationHandlers.get(DAY_CHANGED_NOTIFICATION);
    assert.ok(handler, 'the manager listens for the new day');
    handler({ today: '2027-01-11' });
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(rec.requests, [{ uri }, { uri }]);
  });

  it('a hostile state never reaches the server or an editor, and the panel says there is nothing to show', async () => {
    for (const [why, s] of HOSTILE_STATES) {
      start();
      const panel = fakePanel();
      await serializer!.deserializeWebviewPanel(panel, s);
      assert.deepEqual(panel.webview.options, previewWebviewOptions(bundleRoot), why);
      panel.send({ type: 'ready' });
      const uri = s !== null && typeof s === 'object' && typeof (s as { uri?: unknown }).uri === 'string' ? (s as { uri: string }).uri : 'file:///etc/passwd';
      panel.send({ type: 'reveal', uri, section: 'use_cases', id: 'x', range });
      await new Promise((r) => setImmediate(r));
      assert.deepEqual(rec.requests, [], `${why}: nothing asked of the server`);
      assert.deepEqual(rec.opened, [], `${why}: nothing opened`);
      assert.deepEqual(rec.posted, [{ type: 'nothing', text: PREVIEW_MESSAGES.en.nothing }], `${why}: the panel says so`);
      assert.ok(isToWebview(rec.posted[0]), why);
    }
  });

  it('a hostile state falls back to the active roadmap editor, never to the saved URI', async () => {
    start();
    const active = URI.parse('file:///home/u/open.airoadmap.yaml');
    fakeVscode.window.activeTextEditor = { document: { uri: active, languageId: 'airoadmap' } };
    const panel = fakePanel();
    await serializer!.deserializeWebviewPanel(panel, state('command:workbench.action.terminal.new'));
    assert.deepEqual(rec.requests, [{ uri: active.toString() }]);
  });

  it('a new panel gets the same options as a restored one', async () => {
    start();
    await commands.get('airoadmap.openPreview')!(URI.parse('file:///home/u/plan.airoadmap.yaml'));
    assert.deepEqual(rec.created, [previewWebviewOptions(bundleRoot)]);
  });
  describe('several previews: one dynamic, any number locked', () => {
    const a = URI.parse('file:///home/u/a.airoadmap.yaml');
    const b = URI.parse('file:///home/u/b.airoadmap.yaml');
    const c = URI.parse('file:///home/u/c.airoadmap.yaml');
    const settle = () => new Promise((r) => setTimeout(r, 5));
    const editor = (uri: URI) => ({ document: { uri, languageId: 'airoadmap' }, viewColumn: 1 });
    const posted = (type: string) => rec.posted.filter((m) => (m as { type: string }).type === type);

    it('a locked preview stays on its file while the dynamic one follows the active editor; titles say which is which', async () => {
      start();
      await commands.get('airoadmap.openPreview')!(a);
      await commands.get('airoadmap.openLockedPreviewToSide')!(b);
      assert.equal(panels.length, 2, 'two panels');
      const [dynamic, locked] = panels as [FakePanel, FakePanel];
      assert.equal(dynamic.title, 'Preview a.airoadmap.yaml');
      assert.equal(locked.title, '[Locked] Preview b.airoadmap.yaml');
      assert.ok(locked.iconPath && dynamic.iconPath, 'both have the tab icon');
      rec.requests = [];
      activeEditorChanged.fire(editor(c));
      await settle();
      assert.deepEqual(rec.requests, [{ uri: c.toString() }], 'only the dynamic preview asks for the new file');
      assert.equal(dynamic.title, 'Preview c.airoadmap.yaml');
      assert.equal(locked.title, '[Locked] Preview b.airoadmap.yaml');
      // Locking the same file again reveals the one there is.
      await commands.get('airoadmap.openLockedPreviewToSide')!(b);
      assert.equal(panels.length, 2);
      // A locked preview tells its webview, so the state a reload restores says locked.
      locked.send({ type: 'ready' });
      assert.deepEqual(posted('locked'), [{ type: 'locked', locked: true }]);
    });

    it('Toggle Preview Locking locks the focused preview; unlocking it closes the other dynamic one', async () => {
      start();
      await commands.get('airoadmap.openPreview')!(a);
      const first = panels[0]!;
      first.send({ type: 'ready' });
      first.focus();
      await commands.get('airoadmap.togglePreviewLock')!();
      assert.equal(first.title, '[Locked] Preview a.airoadmap.yaml');
      assert.deepEqual(posted('locked'), [{ type: 'locked', locked: true }]);
      // With the only one locked, Open Preview makes a new dynamic panel.
      await commands.get('airoadmap.openPreview')!(b);
      assert.equal(panels.length, 2);
      first.focus();
      await commands.get('airoadmap.togglePreviewLock')!();
      assert.equal(first.title, 'Preview a.airoadmap.yaml');
      assert.ok(panels[1]!.disposed, 'one dynamic preview at a time');
      assert.ok(!first.disposed);
    });

    it('Show Source opens the file of the focused preview; Refresh asks the server again', async () => {
      start();
      await commands.get('airoadmap.openLockedPreviewToSide')!(a);
      await commands.get('airoadmap.openLockedPreviewToSide')!(b);
      panels[0]!.focus();
      await commands.get('airoadmap.showSource')!();
      assert.deepEqual(rec.opened, [a.toString()]);
      panels[1]!.focus();
      await commands.get('airoadmap.showSource')!();
      assert.deepEqual(rec.opened, [a.toString(), b.toString()]);
      rec.requests = [];
      await commands.get('airoadmap.refreshPreview')!();
      assert.deepEqual(rec.requests.map(String).length, 2, 'each preview asks again');
      assert.deepEqual(new Set(rec.requests.map((r) => (r as { uri: string }).uri)), new Set([a.toString(), b.toString()]));
    });

    it('the cursor goes to every preview of its file, scrolling unless airoadmap.preview.scrollPreviewWithEditor is false', async () => {
      start();
      await commands.get('airoadmap.openPreview')!(a);
      await commands.get('airoadmap.openLockedPreviewToSide')!(b);
      for (const p of panels) p.send({ type: 'ready' });
      rec.posted = [];
      selectionChanged.fire({ textEditor: { document: { uri: b } }, selections: [{ active: { line: 40, character: 4 } }] });
      assert.deepEqual(posted('cursor'), [{ type: 'cursor', uri: b.toString(), position: { line: 40, character: 4 }, scroll: true }]);
      settings['preview.scrollPreviewWithEditor'] = false;
      rec.posted = [];
      selectionChanged.fire({ textEditor: { document: { uri: b } }, selections: [{ active: { line: 41, character: 4 } }] });
      assert.deepEqual(posted('cursor'), [{ type: 'cursor', uri: b.toString(), position: { line: 41, character: 4 }, scroll: false }]);
      assert.ok(posted('cursor').every(isToWebview));
    });

    it('a restored panel comes back locked on its file when its state says so, and a hostile locked state does not', async () => {
      start();
      const panel = fakePanel();
      await serializer!.deserializeWebviewPanel(panel, state(b.toString(), { locked: true, view: 'timeline' }));
      assert.equal(panel.title, '[Locked] Preview b.airoadmap.yaml');
      assert.deepEqual(rec.requests, [{ uri: b.toString() }]);
      activeEditorChanged.fire(editor(c));
      await settle();
      assert.deepEqual(rec.requests, [{ uri: b.toString() }], 'a locked panel does not follow the editor');
      start();
      fakeVscode.window.activeTextEditor = editor(a);
      const hostile = fakePanel();
      await serializer!.deserializeWebviewPanel(hostile, state('file:///etc/passwd', { locked: true }));
      assert.equal(hostile.title, 'Preview a.airoadmap.yaml', 'the active editor, in a dynamic panel');
      activeEditorChanged.fire(editor(c));
      await settle();
      assert.deepEqual(rec.requests, [{ uri: a.toString() }, { uri: c.toString() }], 'and it follows the editor');
    });
  });

  describe('edits from the preview', () => {
    const uri = 'file:///home/u/plan.airoadmap.yaml';
    const editRange = { start: { line: 9, character: 11 }, end: { line: 9, character: 12 } };
    const settle = () => new Promise((r) => setTimeout(r, 5));
    async function openAt(version: number, trusted = true): Promise<FakePanel> {
      start();
      fakeVscode.workspace.isTrusted = trusted;
      fakeVscode.workspace.textDocuments = [{ uri: URI.parse(uri), version }];
      viewsAnswer = { version, model: parseRoadmap('airoadmap: 1\norganization:\n  name: X\n').model };
      const panel = fakePanel();
      await serializer!.deserializeWebviewPanel(panel, state(uri));
      await settle();
      panel.send({ type: 'ready' });
      rec.requests = [];
      return panel;
    }

    it('an intent on the version shown asks the server for the edit of those paths and applies its answer as one workspace edit', async () => {
      const panel = await openAt(3);
      editAnswer = { applied: true, version: 3, edits: [{ range: editRange, newText: '4' }] };
      panel.send({ type: 'edit', uri, version: 3, key: 'use_cases:doc-search', changes: [{ field: 'value', value: 4 }, { field: 'effort', value: 2 }] });
      await settle();
      assert.deepEqual(rec.requests, [{ uri, version: 3, changes: [{ path: 'use_cases.doc-search.value', value: 4 }, { path: 'use_cases.doc-search.effort', value: 2 }] }]);
      assert.equal(rec.applied.length, 1, 'one workspace edit: one undo step');
      assert.deepEqual(rec.applied[0]!.map((r) => [r.uri, r.text]), [[uri, '4']]);
    });

    it('a KPI measurement asks for the path of its quarter', async () => {
      const panel = await openAt(3);
      editAnswer = { applied: true, version: 3, edits: [{ range: editRange, newText: '7' }] };
      panel.send({ type: 'edit', uri, version: 3, key: 'kpis:search-time', changes: [{ field: 'actuals.2027-Q1', value: 7 }] });
      await settle();
      assert.deepEqual(rec.requests, [{ uri, version: 3, changes: [{ path: 'kpis.search-time.actuals.2027-Q1', value: 7 }] }]);
      assert.equal(rec.applied.length, 1);
    });

    it('a refusal is shown and nothing applied; an answer for another version is not applied', async () => {
      const panel = await openAt(3);
      editAnswer = { applied: false, message: "'9' is not a likelihood" };
      panel.send({ type: 'edit', uri, version: 3, key: 'risks:outage', changes: [{ field: 'likelihood', value: 5 }] });
      await settle();
      assert.deepEqual(rec.applied, []);
      assert.deepEqual(rec.messages, ["'9' is not a likelihood"]);
      editAnswer = { applied: true, version: 2, edits: [{ range: editRange, newText: '4' }] };
      panel.send({ type: 'edit', uri, version: 3, key: 'risks:outage', changes: [{ field: 'impact', value: 5 }] });
      await settle();
      assert.deepEqual(rec.applied, [], 'the server answered of another version');
    });

    it('a stale version, an untrusted workspace or a hostile intent never reaches the server', async () => {
      let panel = await openAt(4);
      panel.send({ type: 'edit', uri, version: 3, key: 'use_cases:doc-search', changes: [{ field: 'value', value: 4 }] });
      await settle();
      assert.deepEqual(rec.requests, [], 'the document moved on');
      assert.deepEqual(rec.messages, [PREVIEW_MESSAGES.en.editStale]);
      const trusted = rec.posted.find((m) => (m as { type: string }).type === 'update') as { editOff?: string } | undefined;
      assert.ok(trusted && trusted.editOff === undefined, 'trusted: the preview may edit');
      panel = await openAt(3, false);
      const update = rec.posted.find((m) => (m as { type: string }).type === 'update') as { editOff?: string } | undefined;
      assert.equal(update?.editOff, PREVIEW_MESSAGES.en.editUntrusted, 'the preview is told why editing is off');
      assert.ok(isToWebview(update), 'and the update passes the webview’s check');
      panel.send({ type: 'edit', uri, version: 3, key: 'use_cases:doc-search', changes: [{ field: 'value', value: 4 }] });
      await settle();
      assert.deepEqual(rec.requests, [], 'untrusted');
      assert.deepEqual(rec.messages, [PREVIEW_MESSAGES.en.editOff(PREVIEW_MESSAGES.en.editUntrusted)]);
      panel = await openAt(3);
      for (const hostile of [
        { key: 'use_cases:doc-search', changes: [{ field: 'value', value: 9 }] },
        { key: 'use_cases:doc-search', changes: [{ field: 'title', value: 3 }] },
        { key: 'budget:first_year', changes: [{ field: 'value', value: 3 }] },
        { key: 'use_cases:doc-search', changes: [{ field: 'value', value: '4' }] },
        { key: 'use_cases:doc-search', changes: [] },
        { key: 'use_cases:doc-search', changes: [{ field: 'value', value: 2 }, { field: 'value', value: 3 }] },
        { key: '../../etc:passwd', changes: [{ field: 'value', value: 2 }] },
        { key: 'kpis:search-time', changes: [{ field: 'actuals.2027-Q5', value: 2 }] },
        { key: 'kpis:search-time', changes: [{ field: 'actuals.2027-Q1', value: 'NaN' }] },
        { key: 'kpis:search-time', changes: [{ field: 'baseline', value: 2 }] },
        { key: 'plan:prototype', changes: [{ field: 'weeks', value: '13-14' }] },
        { key: 'plan:prototype', changes: [{ field: 'weeks', value: '5-6; rm -rf' }] },
        { key: 'plan:prototype', changes: [{ field: 'done', value: 'yes' }] },
      ]) {
        panel.send({ type: 'edit', uri, version: 3, ...hostile });
        panel.send({ type: 'edit', uri: 'file:///elsewhere.airoadmap.yaml', version: 3, key: 'use_cases:x', changes: [{ field: 'value', value: 2 }] });
      }
      await settle();
      assert.deepEqual(rec.requests, [], 'every hostile intent is dropped');
      assert.deepEqual(rec.applied, []);
    });
  });
});
