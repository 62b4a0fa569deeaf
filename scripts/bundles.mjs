// The bundles esbuild builds, in one place: esbuild.mjs builds them all into
// dist/, scripts/pack-cli.mjs builds the command line's two into the CLI
// package. `outBase` is where dist/ goes (default: the repository).
import { join } from 'node:path';

/**
 * @param {{ production?: boolean, outBase?: string }} options
 * @returns {Record<'server' | 'cli' | 'extension' | 'webExtension' | 'webServer' | 'webview', import('esbuild').BuildOptions>}
 */
export function bundleOptions({ production = false, outBase = '.' } = {}) {
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    target: 'es2022',
    legalComments: 'none',
    // Our Norwegian texts as UTF-8, not \u escapes: smaller, and readable in the bundle.
    charset: 'utf8',
  };
  const dist = join(outBase, 'dist');
  return {
    // The language server, runnable as `node dist/server.js --stdio`.
    server: { ...common, entryPoints: ['server/src/server.ts'], outfile: join(dist, 'server.js'), platform: 'node', format: 'cjs' },
    // The command line, `bin/airoadmap.js` loads it.
    cli: { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: join(dist, 'cli.js'), platform: 'node', format: 'cjs' },
    // The VS Code extension (client side); `vscode` is provided by the host.
    extension: { ...common, entryPoints: ['client/src/extension-node.ts'], outfile: join(dist, 'extension.js'), platform: 'node', format: 'cjs', external: ['vscode'] },
    // VS Code for the Web: the extension in the browser's extension host (the manifest's `browser`), no Node.js.
    webExtension: { ...common, entryPoints: ['client/src/extension-web.ts'], outfile: join(dist, 'web', 'extension.js'), platform: 'browser', format: 'cjs', external: ['vscode'] },
    // VS Code for the Web: the language server in a web worker the web extension starts.
    webServer: { ...common, entryPoints: ['server/src/web-server.ts'], outfile: join(dist, 'web', 'server.js'), platform: 'browser', format: 'iife' },
    // The preview webview (browser code); emits dist/webview/preview.js and preview.css (also read by `airoadmap render`).
    webview: { ...common, entryPoints: ['client/webview/preview.ts'], outdir: join(dist, 'webview'), platform: 'browser', format: 'iife' },
  };
}
