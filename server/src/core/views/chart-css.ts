/**
 * The styles of the charts, shared by the webview (a nonce'd <style> in its
 * shell), the standalone HTML export and the SVG export (embedded). Colours
 * come from VS Code's `--vscode-*` variables; the only fixed colours are the
 * risk scale, light fills with dark text so they read in light, dark and
 * high-contrast themes alike. `LIGHT_THEME` gives the variables light
 * defaults for output shown outside VS Code.
 * Must not depend on anything.
 */

/** `--vscode-*` variables the previews use, with light-theme defaults. */
export const LIGHT_THEME: Readonly<Record<string, string>> = {
  '--vscode-font-family': "system-ui, -apple-system, 'Segoe UI', Ubuntu, 'Droid Sans', sans-serif",
  '--vscode-font-size': '13px',
  '--vscode-foreground': '#3b3b3b',
  '--vscode-editor-background': '#ffffff',
  '--vscode-editor-foreground': '#3b3b3b',
  '--vscode-descriptionForeground': '#6c6c6c',
  '--vscode-focusBorder': '#005fb8',
  '--vscode-panel-border': '#d4d4d4',
  '--vscode-editorWidget-background': '#f3f3f3',
  '--vscode-textLink-foreground': '#005fb8',
  '--vscode-button-background': '#005fb8',
  '--vscode-button-foreground': '#ffffff',
  '--vscode-button-secondaryBackground': '#e5e5e5',
  '--vscode-button-secondaryForeground': '#3b3b3b',
  '--vscode-editorWarning-foreground': '#9a6700',
  '--vscode-inputValidation-warningBackground': '#fff4ce',
  '--vscode-list-hoverBackground': '#f0f0f0',
  '--vscode-editor-selectionBackground': '#add6ff',
  '--vscode-contrastBorder': 'transparent',
  '--vscode-contrastActiveBorder': 'transparent',
  '--vscode-charts-lines': '#8a8a8a',
  '--vscode-badge-background': '#c4c4c4',
  '--vscode-badge-foreground': '#333333',
  '--vscode-tab-activeBorderTop': '#005fb8',
};

/**
 * Dark defaults for the same variables (VS Code's Dark Modern colours), for
 * an export in the editor's theme when no webview can report its own.
 */
export const DARK_THEME: Readonly<Record<string, string>> = {
  ...LIGHT_THEME,
  '--vscode-foreground': '#cccccc',
  '--vscode-editor-background': '#1f1f1f',
  '--vscode-editor-foreground': '#cccccc',
  '--vscode-descriptionForeground': '#9d9d9d',
  '--vscode-focusBorder': '#0078d4',
  '--vscode-panel-border': '#2b2b2b',
  '--vscode-editorWidget-background': '#202020',
  '--vscode-textLink-foreground': '#4daafc',
  '--vscode-button-background': '#0078d4',
  '--vscode-button-foreground': '#ffffff',
  '--vscode-button-secondaryBackground': '#313131',
  '--vscode-button-secondaryForeground': '#cccccc',
  '--vscode-editorWarning-foreground': '#cca700',
  '--vscode-inputValidation-warningBackground': '#352a05',
  '--vscode-list-hoverBackground': '#2a2d2e',
  '--vscode-editor-selectionBackground': '#264f78',
  '--vscode-charts-lines': '#8a8a8a',
  '--vscode-badge-background': '#616161',
  '--vscode-badge-foreground': '#f8f8f8',
  '--vscode-tab-activeBorderTop': '#0078d4',
};

export function themeRule(vars: Readonly<Record<string, string>>, selector = ':root'): string {
  return `${selector}{${Object.entries(vars)
    .map(([k, v]) => `${k}:${v};`)
    .join('')}}`;
}

export const CHART_CSS = `
.chart{font-family:var(--vscode-font-family,sans-serif);fill:var(--vscode-foreground,#3b3b3b);user-select:none;display:block;max-width:100%;height:auto}
.chart text{fill:var(--vscode-foreground,#3b3b3b);font-size:12px}
.chart .axis-title{font-size:13px;font-weight:600}
.chart .muted{fill:var(--vscode-descriptionForeground,#6c6c6c)}
.chart .frame{fill:none;stroke:var(--vscode-panel-border,#d4d4d4);stroke-width:1}
.chart .grid{stroke:var(--vscode-panel-border,#d4d4d4);stroke-width:1;stroke-dasharray:2 4}
.chart .q{fill:var(--vscode-editorWidget-background,#f3f3f3);stroke:var(--vscode-panel-border,#d4d4d4)}
.chart .q.q-quick-wins{fill:var(--vscode-editor-selectionBackground,#add6ff);fill-opacity:.35}
.chart .q.q-money-pits{fill:var(--vscode-editorWidget-background,#f3f3f3);fill-opacity:.5}
.chart .q-label{font-size:14px;font-weight:600;fill:var(--vscode-descriptionForeground,#6c6c6c)}
.chart .el{cursor:pointer;outline:none}
.chart .bubble circle{stroke:#1e1e1e;stroke-width:1;fill-opacity:.92}
.chart .risk-low circle,.chart .risk-low .fill{fill:#7fc97f}
.chart .risk-medium circle,.chart .risk-medium .fill{fill:#f2c14e}
.chart .risk-high circle,.chart .risk-high .fill{fill:#ef8a8a}
.chart .risk-unknown circle{fill:#c9c9c9;stroke-dasharray:3 2}
.chart .bubble .rank{fill:#1e1e1e;font-weight:700;text-anchor:middle;dominant-baseline:central}
.chart .bubble .leader{stroke:var(--vscode-descriptionForeground,#6c6c6c);stroke-width:1}
.chart .bubble.idea circle{fill:var(--vscode-editor-background,#fff);fill-opacity:1;stroke-width:3}
.chart .bubble.idea.risk-low circle{stroke:#3f9142}
.chart .bubble.idea.risk-medium circle{stroke:#c8951a}
.chart .bubble.idea.risk-high circle{stroke:#d95f5f}
.chart .bubble.idea.risk-unknown circle{stroke:#8a8a8a}
.chart .bubble.idea .rank{fill:var(--vscode-foreground,#3b3b3b)}
.chart .bubble.retired circle{fill:#c9c9c9;fill-opacity:.45;stroke:#8a8a8a;stroke-dasharray:2 2}
.chart .bubble.retired .label{fill:var(--vscode-descriptionForeground,#6c6c6c);font-style:italic}
.chart .more{cursor:pointer;outline:none}
.chart .more .chip-rect{fill:var(--vscode-badge-background,#c4c4c4);stroke:var(--vscode-panel-border,#d4d4d4)}
.chart .more .chip-text{fill:var(--vscode-badge-foreground,#333333);font-weight:700;text-anchor:middle;dominant-baseline:central}
.chart .more:hover .chip-rect,.chart .more:focus-visible .chip-rect{stroke:var(--vscode-focusBorder,#005fb8);stroke-width:2}
.chart .more[aria-expanded="true"] .chip-rect{fill:var(--vscode-button-background,#005fb8)}
.chart .more[aria-expanded="true"] .chip-text{fill:var(--vscode-button-foreground,#fff)}
.chart .legend .idea circle{fill:none;stroke:var(--vscode-foreground,#3b3b3b);stroke-width:2;stroke-dasharray:none}
.chart .legend .retired circle{fill:#c9c9c9;fill-opacity:.45;stroke:#8a8a8a}
.chart .legend .legend-size circle{fill:var(--vscode-editorWidget-background,#f3f3f3);stroke:var(--vscode-foreground,#3b3b3b)}
.chart .key .key-rank{font-weight:700}
.chart .el:hover circle,.chart .el:hover .hit,.chart .el:hover .bar,.chart .el:hover .diamond{stroke:var(--vscode-focusBorder,#005fb8);stroke-width:2}
.chart .el:focus-visible circle,.chart .el:focus-visible .hit,.chart .el:focus-visible .bar,.chart .el:focus-visible .diamond,.chart .el:focus-visible .cell-rect{stroke:var(--vscode-focusBorder,#005fb8);stroke-width:3}
.chart .el.highlighted circle,.chart .el.highlighted .hit,.chart .el.highlighted .bar,.chart .el.highlighted .diamond{stroke:var(--vscode-focusBorder,#005fb8);stroke-width:4}
.chart .hit{fill:transparent;stroke:none}
.chart .track-band{fill:var(--vscode-editorWidget-background,#f3f3f3)}
.chart .track-band.odd{fill:var(--vscode-editor-background,#fff)}
.chart .track-label{font-weight:700;font-size:12px}
.chart .bar{fill:var(--vscode-button-background,#005fb8);stroke:var(--vscode-contrastBorder,transparent);rx:4}
.chart .bar-text{fill:var(--vscode-button-foreground,#fff);font-size:11px;dominant-baseline:central}
.chart .done .bar{fill:var(--vscode-button-secondaryBackground,#e5e5e5);stroke:var(--vscode-descriptionForeground,#6c6c6c)}
.chart .done .bar-text{fill:var(--vscode-button-secondaryForeground,#3b3b3b)}
.chart .diamond{fill:var(--vscode-editorWarning-foreground,#9a6700);stroke:var(--vscode-foreground,#3b3b3b)}
.chart .done .diamond{fill:var(--vscode-descriptionForeground,#6c6c6c)}
.chart .item-title{font-size:12px;dominant-baseline:central}
.chart .owner{font-size:12px;dominant-baseline:central;fill:var(--vscode-descriptionForeground,#6c6c6c)}
.chart.timeline .owner,.chart.timeline .item-title,.chart.timeline .link text{paint-order:stroke;stroke:var(--vscode-editor-background,#fff);stroke-width:3px;stroke-linejoin:round}
.chart .link text{fill:var(--vscode-textLink-foreground,#005fb8);text-decoration:underline;dominant-baseline:central}
.chart .today{stroke:var(--vscode-editorWarning-foreground,#9a6700);stroke-width:2;stroke-dasharray:6 3}
.chart .today-label{fill:var(--vscode-editorWarning-foreground,#9a6700);font-weight:700;font-size:12px}
.chart .cell-rect{stroke:var(--vscode-editor-background,#fff);stroke-width:2}
.chart .sev-low .cell-rect{fill:#b7e1a1}
.chart .sev-medium .cell-rect{fill:#fde68a}
.chart .sev-high .cell-rect{fill:#fdba74}
.chart .sev-critical .cell-rect{fill:#f19999}
.chart .cell text{fill:#1e1e1e}
.chart .cell .score{font-size:11px;fill:#4a4a4a}
.chart .cell .more{font-size:11px;font-weight:600;fill:#1e1e1e;dominant-baseline:central}
.chart .risk-entry text{font-size:11px;fill:#1e1e1e;dominant-baseline:central}
.chart .risk-entry .hit{fill:#ffffff;fill-opacity:.55}
.chart .kpi-track{fill:var(--vscode-editorWidget-background,#f3f3f3);stroke:var(--vscode-panel-border,#d4d4d4)}
.chart .kpi-fill{fill:var(--vscode-button-background,#005fb8)}
.chart .kpi-fill.complete{fill:#3f9142}
.chart .kpi-name{font-weight:600;font-size:13px}
.chart.kpi-chart{flex:none;max-width:none;width:auto}
.chart.kpi-chart text{font-size:11px}
.chart .kpi-baseline line{stroke:var(--vscode-descriptionForeground,#6c6c6c);stroke-width:1.5;stroke-dasharray:5 3}
.chart .kpi-target line{stroke:#3f9142;stroke-width:2}
.chart .kpi-target text{fill:#3f9142;font-weight:600}
.chart .kpi-series{fill:none;stroke:var(--vscode-button-background,#005fb8);stroke-width:2}
.chart .kpi-point{fill:var(--vscode-button-background,#005fb8);stroke:var(--vscode-editor-background,#fff);stroke-width:1}
.chart .kpi-tick,.chart .kpi-none{fill:var(--vscode-descriptionForeground,#6c6c6c)}
.chart .missing-cell{fill:var(--vscode-editorWarning-foreground,#9a6700);font-style:italic}
.chart .legend text{font-size:11px}
.chart .legend circle{stroke:#1e1e1e}
.chart .budget-seg{stroke:var(--vscode-editor-background,#fff);stroke-width:1}
.chart .seg-oneTime{fill:#8ab4f8}
.chart .seg-running{fill:#f2c14e}
.chart .seg-training{fill:#7fc97f}
.chart .seg-consulting{fill:#c58af9}
.chart .guide-band{fill:var(--vscode-editor-selectionBackground,#add6ff);fill-opacity:.45}
.chart .budget-mark .mark{stroke:var(--vscode-foreground,#3b3b3b);stroke-width:2}
.chart .mark-label{font-size:12px;font-weight:600}
.chart .done-toggle{cursor:pointer;outline:none}
.chart .done-toggle .box{fill:var(--vscode-editor-background,#fff);stroke:var(--vscode-descriptionForeground,#6c6c6c);stroke-width:1.5}
.chart .done-toggle[aria-checked="true"] .box{fill:var(--vscode-button-background,#005fb8);stroke:var(--vscode-button-background,#005fb8)}
.chart .done-toggle .tick{fill:none;stroke:var(--vscode-button-foreground,#fff);stroke-width:2.2;stroke-linecap:round;stroke-linejoin:round}
.chart .done-toggle:hover .box,.chart .done-toggle:focus-visible .box{stroke:var(--vscode-focusBorder,#005fb8);stroke-width:2.5}
.chart .drop-target rect{fill:var(--vscode-editor-selectionBackground,#add6ff);fill-opacity:.4;stroke:var(--vscode-focusBorder,#005fb8);stroke-width:2;stroke-dasharray:5 3;pointer-events:none}
.chart .drop-target text{font-size:12px;font-weight:700;pointer-events:none}
`;
