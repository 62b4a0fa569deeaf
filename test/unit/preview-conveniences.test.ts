/**
 * The pure helpers behind the preview's conveniences (issue 13, items 5–7):
 * the panel titles, the two preview settings as read, what the export's
 * notification may reveal the file with on each host, the theme colours a
 * webview may report into an exported SVG, and the messages that carry them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PREVIEW_MESSAGES } from '../../client/src/client-messages';
import { exportTheme, scrollPreviewWithEditor } from '../../client/src/client-settings';
import { revealCommand } from '../../client/src/preview/export-actions';
import { DARK_THEME, LIGHT_THEME } from '../../server/src/core/views/chart-css';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { computeViews } from '../../server/src/core/views/compute';
import { exportSvg } from '../../server/src/core/views/draw';
import { isFromWebview, isThemeVars, isToWebview } from '../../server/src/shared/preview-protocol';

const reader = (values: Record<string, unknown>) => (key: string) => values[key];

describe('preview titles', () => {
  it('a locked panel says so, in English and Bokmål; an unlocked one is titled as before', () => {
    assert.equal(PREVIEW_MESSAGES.en.title('plan.airoadmap.yaml'), 'Preview plan.airoadmap.yaml');
    assert.equal(PREVIEW_MESSAGES.en.title('plan.airoadmap.yaml', false), 'Preview plan.airoadmap.yaml');
    assert.equal(PREVIEW_MESSAGES.en.title('plan.airoadmap.yaml', true), '[Locked] Preview plan.airoadmap.yaml');
    assert.equal(PREVIEW_MESSAGES.nb.title('plan.airoadmap.yaml'), 'Forhåndsvisning plan.airoadmap.yaml');
    assert.equal(PREVIEW_MESSAGES.nb.title('plan.airoadmap.yaml', true), '[Låst] Forhåndsvisning plan.airoadmap.yaml');
  });
});

describe('the preview settings as read', () => {
  it('scrollPreviewWithEditor is on unless set to false', () => {
    assert.equal(scrollPreviewWithEditor(reader({})), true);
    assert.equal(scrollPreviewWithEditor(reader({ 'preview.scrollPreviewWithEditor': true })), true);
    assert.equal(scrollPreviewWithEditor(reader({ 'preview.scrollPreviewWithEditor': false })), false);
    assert.equal(scrollPreviewWithEditor(reader({ 'preview.scrollPreviewWithEditor': 'no' })), true, 'a malformed value keeps the default');
  });

  it('exportTheme is light unless set to editor', () => {
    assert.equal(exportTheme(reader({})), 'light');
    assert.equal(exportTheme(reader({ 'preview.exportTheme': 'editor' })), 'editor');
    assert.equal(exportTheme(reader({ 'preview.exportTheme': 'dark' })), 'light');
    assert.equal(exportTheme(reader({ 'preview.exportTheme': ['editor'] })), 'light');
  });
});

describe('revealing an exported file', () => {
  it('the OS’s file manager only for a local file on the desktop; the Explorer view for a workspace file elsewhere', () => {
    assert.equal(revealCommand({ desktop: true, remote: false, scheme: 'file', inWorkspace: false }), 'revealFileInOS');
    assert.equal(revealCommand({ desktop: true, remote: false, scheme: 'file', inWorkspace: true }), 'revealFileInOS');
    // A remote's file (SSH, WSL, code-server): its OS is not the user's.
    assert.equal(revealCommand({ desktop: true, remote: true, scheme: 'file', inWorkspace: true }), 'revealInExplorer');
    assert.equal(revealCommand({ desktop: false, remote: false, scheme: 'vscode-vfs', inWorkspace: true }), 'revealInExplorer');
    assert.equal(revealCommand({ desktop: false, remote: true, scheme: 'file', inWorkspace: false }), undefined);
    assert.equal(revealCommand({ desktop: true, remote: false, scheme: 'vscode-vfs', inWorkspace: false }), undefined);
  });

  it('the buttons have their names in both languages, the OS’s by platform as VS Code names them', () => {
    assert.equal(PREVIEW_MESSAGES.en.revealInOs('win32'), 'Reveal in File Explorer');
    assert.equal(PREVIEW_MESSAGES.en.revealInOs('darwin'), 'Reveal in Finder');
    assert.equal(PREVIEW_MESSAGES.en.revealInOs('linux'), 'Open Containing Folder');
    assert.equal(PREVIEW_MESSAGES.nb.revealInOs('win32'), 'Vis i Filutforsker');
    assert.equal(PREVIEW_MESSAGES.nb.revealInOs('linux'), 'Åpne mappen som inneholder filen');
    for (const locale of ['en', 'nb'] as const) {
      const m = PREVIEW_MESSAGES[locale];
      for (const text of [m.open, m.revealInExplorer, m.noPreview]) assert.ok(text.length > 0, locale);
    }
    assert.notEqual(PREVIEW_MESSAGES.en.revealInExplorer, PREVIEW_MESSAGES.nb.revealInExplorer);
  });
});

describe('theme colours from the webview', () => {
  it('the webview’s own colours pass; nothing that could break out of the SVG’s style rule does', () => {
    assert.ok(isThemeVars({ ...DARK_THEME }));
    assert.ok(isThemeVars({}));
    for (const [why, vars] of [
      ['not an object', 'x'],
      ['an array', ['#fff']],
      ['null', null],
      ['a non-vscode name', { color: 'red' }],
      ['a name with a brace', { '--vscode-x}': 'red' }],
      ['a semicolon', { '--vscode-foreground': 'red;}svg{fill:url(http://x)' }],
      ['a closing brace', { '--vscode-foreground': 'red}' }],
      ['markup', { '--vscode-foreground': '</style><script>alert(1)</script>' }],
      ['an ampersand', { '--vscode-foreground': '&lt;' }],
      ['a backslash escape', { '--vscode-foreground': '\\3b' }],
      ['a line break', { '--vscode-foreground': 'red\n' }],
      ['a number', { '--vscode-foreground': 3 }],
      ['too long', { '--vscode-foreground': 'a'.repeat(201) }],
      ['too many', Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`--vscode-v${i}`, '#fff']))],
    ] as [string, unknown][]) {
      assert.equal(isThemeVars(vars), false, why);
      assert.equal(isFromWebview({ type: 'theme-vars', requestId: 1, vars }), false, why);
    }
    assert.ok(isFromWebview({ type: 'theme-vars', requestId: 1, vars: { '--vscode-foreground': '#cccccc' } }));
  });

  it('the messages: a cursor’s scroll is a boolean, an export’s theme light or editor', () => {
    const position = { line: 1, character: 2 };
    assert.ok(isToWebview({ type: 'cursor', uri: 'u', position, scroll: true }));
    assert.ok(isToWebview({ type: 'cursor', uri: 'u', position }));
    assert.ok(!isToWebview({ type: 'cursor', uri: 'u', position, scroll: 'yes' }));
    assert.ok(isToWebview({ type: 'export-png', requestId: 1, theme: 'light' }));
    assert.ok(isToWebview({ type: 'export-png', requestId: 1, theme: 'editor' }));
    assert.ok(!isToWebview({ type: 'export-png', requestId: 1, theme: 'dark' }));
    assert.ok(isToWebview({ type: 'locked', locked: true }));
    assert.ok(!isToWebview({ type: 'locked', locked: 'true' }));
    assert.ok(isToWebview({ type: 'theme-vars', requestId: 3 }));
  });

  it('an SVG in the dark palette has the dark background and text; the light one stays the default', () => {
    const views = computeViews(parseRoadmap('airoadmap: 1\norganization:\n  name: X\n').model, 'en');
    const dark = exportSvg(views, 'matrix', { vars: DARK_THEME });
    const light = exportSvg(views, 'matrix');
    assert.match(dark, new RegExp(`fill="${DARK_THEME['--vscode-editor-background']}"`));
    assert.match(dark, /--vscode-foreground:#cccccc;/);
    assert.match(light, new RegExp(`fill="${LIGHT_THEME['--vscode-editor-background']}"`));
    assert.notEqual(DARK_THEME['--vscode-editor-background'], LIGHT_THEME['--vscode-editor-background']);
  });
});
