/**
 * Workspace trust and virtual workspaces: what package.json declares, and the
 * code facts that make the declaration true. The extension runs nothing from
 * the workspace: no setting names a program, a path or arguments (every
 * free-form string setting would be one; there is none), the language server
 * is the extension's own dist/server.js, the webview loads only the
 * extension's own bundle and cannot run commands, and no extension or server
 * source spawns processes or evaluates code.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { previewCsp, previewWebviewOptions } from '../../client/src/preview/html';
import { checkText } from '../../server/src/core/index';
import { ROADMAP_SCHEMES } from '../../server/src/shared/preview-protocol';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

interface JsonSchemaNode {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchemaNode>;
  additionalProperties?: JsonSchemaNode | boolean;
  items?: JsonSchemaNode;
  [key: string]: unknown;
}

interface Manifest {
  main: string;
  capabilities?: {
    untrustedWorkspaces?: { supported: boolean | 'limited'; restrictedConfigurations?: string[]; description?: string };
    virtualWorkspaces?: boolean | { supported: boolean | 'limited'; description?: string };
  };
  contributes: Record<string, unknown> & { configuration: { properties: Record<string, JsonSchemaNode> } };
}

const manifest = JSON.parse(read('package.json')) as Manifest;

/** Every schema node of the contributed settings, with its dotted path. */
function settingNodes(): { name: string; node: JsonSchemaNode }[] {
  const out: { name: string; node: JsonSchemaNode }[] = [];
  const visit = (name: string, node: JsonSchemaNode) => {
    out.push({ name, node });
    for (const [key, child] of Object.entries(node.properties ?? {})) visit(`${name}.${key}`, child);
    if (typeof node.additionalProperties === 'object') visit(`${name}.*`, node.additionalProperties);
    if (node.items) visit(`${name}[]`, node.items);
  };
  for (const [name, node] of Object.entries(manifest.contributes.configuration.properties)) visit(name, node);
  return out;
}

const types = (node: JsonSchemaNode): string[] => (node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type]);

/** The TypeScript sources below a folder. */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...sources(rel));
    else if (/\.ts$/.test(name)) out.push(rel);
  }
  return out;
}

/** Comments and string/regex literals would only confuse the scan; drop line and block comments. */
const withoutComments = (code: string): string => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** What would run a program or evaluate code. `.exec(` (RegExp) is fine; a bare `exec(` is not. */
const DANGEROUS: [string, RegExp][] = [
  ['child_process', /\bchild_process\b/],
  ['spawn', /\bspawn(?:Sync)?\s*\(/],
  ['exec', /(?<![.\w])exec(?:Sync|File|FileSync)?\s*\(/],
  ['fork', /(?<![.\w])fork\s*\(/],
  ['eval', /(?<![.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['vm', /\bfrom\s+['"](?:node:)?vm['"]|\brequire\(\s*['"](?:node:)?vm['"]|\bvm\.(?:run|Script|compile)/],
  ['worker', /\bworker_threads\b|\bnew\s+Worker\s*\(/],
  ['dynamic require/import', /\brequire\s*\(\s*[^'"\s]|\bimport\s*\(\s*[^'"\s]/],
  ['process.binding / dlopen', /\bprocess\.(?:binding|dlopen)\b/],
  ['terminal or task', /\bcreateTerminal\b|\btasks\.executeTask\b|\bShellExecution\b|\bProcessExecution\b/],
];

/** The web client's language server worker, the only one anywhere (its bundle's path is checked). */
const WEB_SERVER_WORKER = 'new Worker(script)';

describe('workspace trust', () => {
  it('declares full support in untrusted workspaces, with no restricted settings', () => {
    const untrusted = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, true);
    assert.equal(untrusted?.restrictedConfigurations, undefined, 'no setting is dangerous, so none is restricted');
  });

  it('declares support in virtual workspaces: the clients attach to a virtual file system’s documents and send the files the server cannot read', () => {
    assert.equal(manifest.capabilities?.virtualWorkspaces, true);
    // The desktop's language client: files on disk, untitled documents and a virtual workspace's (Remote Repositories),
    const extension = read('client/src/extension-node.ts');
    const schemes = [...new Set([...extension.matchAll(/scheme:\s*'([^']+)'/g)].map((m) => m[1]))].sort();
    assert.deepEqual(schemes, ['file', 'untitled', 'vscode-vfs']);
    assert.deepEqual([...ROADMAP_SCHEMES].sort(), schemes, 'a restored preview takes the same');
    // whose files it sends, as the server reads only file: ones;
    assert.match(extension, /feeds: \(uri\) => uri\.scheme !== 'file',/);
    assert.match(read('server/src/server.ts'), /diskOrClientConfigs\(diskConfigReader\(\), sentConfigs\)/);
    assert.match(read('server/src/server.ts'), /diskOrClientRoadmaps\(diskRoadmapFiles\(\), sentRoadmaps\)/);
    // the web's to every scheme, sending every file; the shared part takes the entry's.
    assert.doesNotMatch(read('client/src/extension-web.ts'), /scheme:/);
    assert.match(read('client/src/extension-web.ts'), /feeds: \(\) => true,/);
    assert.match(read('client/src/extension.ts'), /documentSelector: host\.documentSelector,/);
  });

  it('no contributed setting can name a program, a path, arguments or an environment', () => {
    const nodes = settingNodes();
    assert.ok(nodes.length > 10, 'the settings were found');
    const suspicious = new Set(
      'path paths command commands cmd exec executable program binary bin args argv arguments env environment shell script scripts interpreter runtime node server module plugin url uri dir directory folder file'.split(' '),
    );
    const words = (name: string): string[] => name.replace(/^airoadmap\./, '').split(/[._\-[\]*]+|(?<=[a-z])(?=[A-Z])/).map((w) => w.toLowerCase());
    const named = nodes.filter(({ name }) => words(name).some((w) => suspicious.has(w)));
    // The severity map's keys are rule codes (fixed by an enum-valued schema); none is suspicious either.
    assert.deepEqual(named.map((n) => n.name), []);
    // And stronger: a free-form string is the only way to name anything; every string setting is an enum.
    const freeStrings = nodes.filter(({ node }) => types(node).includes('string') && !Array.isArray(node.enum));
    assert.deepEqual(freeStrings.map((n) => n.name), []);
    const objectsOpen = nodes.filter(({ node }) => types(node).includes('object') && node.additionalProperties === undefined);
    assert.deepEqual(objectsOpen.map((n) => n.name), [], 'every object setting says what its extra keys may hold');
  });

  it('contributes no task, debugger, terminal profile or other way to start a program', () => {
    for (const point of ['taskDefinitions', 'debuggers', 'terminal', 'problemMatchers', 'notebookRenderer', 'jsonValidation']) {
      assert.equal(manifest.contributes[point], undefined, point);
    }
  });

  it('the language server is the extension’s own module, never a path from settings or the workspace', () => {
    const extension = withoutComments(read('client/src/extension-node.ts'));
    assert.match(extension, /const serverModule = context\.asAbsolutePath\(path\.join\('dist', 'server\.js'\)\);/);
    const options = extension.slice(extension.indexOf('const serverOptions'), extension.indexOf('const documentSelector'));
    assert.ok(options.length > 0);
    assert.doesNotMatch(options, /command\s*:|setting\(|getConfiguration|workspaceFolders|process\.env/, 'serverOptions are fixed');
    assert.match(options, /module: serverModule, transport: TransportKind\.ipc/);
    // On the web, the worker is the extension's own dist/web/server.js, and nothing else starts one.
    const web = withoutComments(read('client/src/extension-web.ts'));
    assert.match(web, /const serverMain = vscode\.Uri\.joinPath\(context\.extensionUri, 'dist', 'web', 'server\.js'\);/);
    assert.equal([...web.matchAll(/\bnew\s+Worker\s*\(/g)].length, 1);
    assert.match(web, new RegExp(WEB_SERVER_WORKER.replace(/[.()]/g, '\\$&')));
    assert.match(web, /script = await serverScript\(serverMain\);\s*worker = new Worker\(script\);/);
    assert.equal([...web.matchAll(/\bscript = /g)].length, 2, 'set from serverScript, cleared when the worker ends');
    // serverScript: that URL, or the same file's bytes as a blob (code-server's remote extensions).
    const script = web.slice(web.indexOf('async function serverScript'), web.indexOf('export async function activate'));
    assert.match(script, /return serverMain\.toString\(true\);/);
    assert.match(script, /await vscode\.workspace\.fs\.readFile\(serverMain\)/);
    assert.doesNotMatch(script, /getConfiguration|workspaceFolders|fetch\(/);
  });

  it('the webview runs only the extension’s bundle: scripts from dist/webview under a nonce, no command links or forms', () => {
    const preview = withoutComments(read('client/src/preview/index.ts'));
    // One builder for both: the new panel's options and the restored panel's `webview.options`.
    assert.equal([...preview.matchAll(/previewWebviewOptions\(this\.bundleRoot\)/g)].length, 2, 'both the new and the restored panel use the one builder');
    assert.doesNotMatch(preview, /enableScripts|enableForms|enableCommandUris|localResourceRoots/, 'no other options anywhere');
    assert.deepEqual(previewWebviewOptions('ROOT'), { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: ['ROOT'], enableFindWidget: true });
    assert.match(preview, /get bundleRoot\(\): vscode\.Uri \{\s*return vscode\.Uri\.joinPath\(this\.context\.extensionUri, 'dist', 'webview'\);/);
    const csp = previewCsp('vscode-webview://x', 'NONCE');
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-NONCE'(?:;|$)/, 'scripts only with the nonce: no inline handlers, no eval');
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline|\*/);
    assert.match(csp, /base-uri 'none'/);
    assert.match(csp, /form-action 'none'/);
  });

  it('no extension, server or webview source runs a program or evaluates code', () => {
    const files = [...sources('client/src'), ...sources('client/webview'), ...sources('server/src'), ...sources('schemas')];
    assert.ok(files.length > 40, `${files.length} files scanned`);
    const hits: string[] = [];
    for (const file of files) {
      // The one worker: the web client's language server, its own bundle (checked above).
      const code = withoutComments(read(file)).replace(file === 'client/src/extension-web.ts' ? WEB_SERVER_WORKER : /$^/, '');
      for (const [what, pattern] of DANGEROUS) {
        const m = pattern.exec(code);
        if (m) hits.push(`${file}: ${what} (${m[0]})`);
      }
    }
    assert.deepEqual(hits, []);
  });

  it('the scan would notice (it is not blind)', () => {
    const samples: [string, string][] = [
      ['child_process', "import { spawn } from 'node:child_process';"],
      ['spawn', 'spawn(cmd, args)'],
      ['exec', 'exec(userCommand)'],
      ['eval', 'const x = eval(text);'],
      ['new Function', 'new Function("return 1")'],
      ['vm', "import * as vm from 'node:vm';"],
      ['dynamic require/import', 'require(name)'],
    ];
    for (const [what, code] of samples) {
      const pattern = DANGEROUS.find(([w]) => w === what)![1];
      assert.ok(pattern.test(code), `${what} is caught in: ${code}`);
    }
    assert.ok(!DANGEROUS.some(([, p]) => p.test('const m = /x/.exec(line);')), 'RegExp.exec is not a process');
  });

  it('the YAML is parsed as data: no custom tag can reach code', () => {
    // The core builds plain values; a `!!js/function` or `!include` tag stays a warning and a string.
    const result = checkText("airoadmap: 1\norganization:\n  name: !!js/function 'function () { globalThis.__pwned = 1 }'\n  industry: !include /etc/passwd\n");
    assert.equal((globalThis as { __pwned?: unknown }).__pwned, undefined);
    assert.ok(result.diagnostics.length > 0, 'the unknown tags are reported');
    assert.ok(!JSON.stringify(result.diagnostics).includes('root:'), 'nothing was included');
  });
});
