/**
 * The preview's browser code: draws the views the extension (or the
 * standalone HTML export) hands it, as tabs in one page. It only draws:
 * every position comes from the core's views, the drawing from the shared
 * virtual-DOM functions. Clicks and Enter post "reveal" to the extension;
 * zoom, pan, scroll, tab and risk filter persist through `setState`.
 * Every incoming message is validated against the protocol; others are ignored.
 * Browser code; must not depend on vscode or Node.
 */
import './preview.css';
import type { RoadmapViews } from '../../server/src/core/views/compute';
import { exportSvg } from '../../server/src/core/views/draw';
import { LIGHT_THEME } from '../../server/src/core/views/chart-css';
import { viewLabels, type ViewLabels } from '../../server/src/core/views/labels';
import { type AnyView, isViewName, VIEW_NAMES, VIEWS, type ViewName } from '../../server/src/core/views/registry';
import { drawingOf, ZOOMABLE } from '../../server/src/core/views/drawings';
import { drawMatrixChartBox, MATRIX_LAYOUT } from '../../server/src/core/views/matrix/draw';
import { RISK_LAYOUT } from '../../server/src/core/views/risks/draw';
import {
  defaultPreviewState,
  isPreviewState,
  isRoadmapViews,
  isToWebview,
  type FromWebview,
  type LspPosition,
  type ToWebview,
  type LspRange,
  type PreviewState,
  type ZoomState,
  type ExportTheme,
} from '../../server/src/shared/preview-protocol';
import { rangeContains } from '../../server/src/core/language/range';
import { el, toDom } from './dom';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

interface ElementInfo {
  section: string;
  id: string;
  range: LspRange;
  entityRange: LspRange;
}

const TABS: readonly AnyView[] = VIEWS;
const MAX_ZOOM = 8;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** The charts' 5 × 5 grids in their SVG units (top-left corner and cell size), as the core draws them. */
const MATRIX_GRID = { x: MATRIX_LAYOUT.left, y: MATRIX_LAYOUT.top, w: MATRIX_LAYOUT.plot / 5, h: MATRIX_LAYOUT.plot / 5 };
const RISK_GRID = { x: RISK_LAYOUT.left, y: RISK_LAYOUT.top, w: RISK_LAYOUT.cellWidth, h: RISK_LAYOUT.cellHeight };
/** Chart boxes have a 1 px border each side. */
const CHART_BOX_BORDERS = 2;
/** The panel width from which the matrix's box stands beside the ranked list (preview.css .split: 480 + 20 + 260). */
const SPLIT_FROM = 760;

/** Where the timeline's weeks are in its SVG units: the chart is laid out for its width and says so (data-x0, data-week). */
function weeksOf(svg: SVGSVGElement | null): { x: (week: number) => number; width: number } {
  const x0 = Number(svg?.getAttribute('data-x0')) || 0;
  const width = Number(svg?.getAttribute('data-week')) || 1;
  return { x: (week) => x0 + (week - 1) * width, width };
}

class Preview {
  private readonly api: VsCodeApi | null;
  private state: PreviewState;
  private views: RoadmapViews | null = null;
  private uri: string | null = null;
  private version = -1;
  private readonly dirty = new Set<ViewName>();
  /** An update was not drawn (the file had syntax errors): the next one draws every tab. */
  private skipped = false;
  /** The matrix is being drawn again for the width its box got. */
  private refitting = false;
  private registry = new Map<string, ElementInfo>();
  private highlightKey: string | null = null;
  private labels: ViewLabels;
  private available: readonly ViewName[] = VIEW_NAMES;

  private readonly root: HTMLElement;
  private readonly titleEl: HTMLElement;
  private readonly noticeEl: HTMLElement;
  private readonly tablist: HTMLElement;
  private readonly tabs = new Map<ViewName, HTMLButtonElement>();
  private readonly panels = new Map<ViewName, HTMLElement>();
  private saveQueued = false;
  private resizeQueued = false;
  /** The width each panel's chart was last laid out for (drawings that fit their width). */
  private readonly drawnWidth = new Map<ViewName, number>();
  private drag: { view: ViewName; x: number; y: number; zoom: ZoomState; id: number } | null = null;
  /** A bubble or a risk being dragged to another cell (moved: past the click threshold). */
  private moving: { key: string; view: 'matrix' | 'risks'; x: number; y: number; id: number; moved: boolean } | null = null;
  /** A timeline bar being moved or one of its ends dragged (svgX: where the pointer went down, in chart units). */
  private sliding: { key: string; mode: 'move' | 'start' | 'end'; svgX: number; x: number; id: number; moved: boolean; span: [number, number] } | null = null;
  /** The click that ends a drag is no click. */
  private swallowClick = false;
  /** Why editing is off (the host's word); null: the preview may edit. The standalone page never edits. */
  private editOff: string | null = null;
  /** The host said the panel is locked to its file (kept in the saved state for a reload). */
  private hostLocked = false;
  /** The matrix: retired use cases shown (its toggle), the cells whose "+n" list is open. */
  private showRetired = false;
  private readonly expandedCells = new Set<string>();

  constructor(root: HTMLElement, api: VsCodeApi | null) {
    this.api = api;
    this.root = root;
    const saved = api?.getState();
    this.state = isPreviewState(saved) ? saved : defaultPreviewState();
    const locale = document.body.dataset['locale'] === 'nb' ? 'nb' : 'en';
    this.labels = viewLabels(locale);
    this.titleEl = el('h1', { class: 'doc-title' }, this.labels.documentTitle);
    this.noticeEl = el('div', { class: 'notice', role: 'status', 'aria-live': 'polite', hidden: '' });
    this.tablist = el('div', { class: 'tabs', role: 'tablist', 'aria-label': this.labels.viewsNav });
    const header = el('header', { class: 'top' });
    header.append(this.titleEl, this.tablist, this.noticeEl);
    root.replaceChildren(header);
    for (const view of VIEW_NAMES) {
      const tab = el('button', { class: 'tab', role: 'tab', id: `tab-${view}`, 'aria-controls': `panel-${view}`, 'data-view': view, type: 'button' }, this.labels.tabs[view]);
      this.tabs.set(view, tab);
      this.tablist.append(tab);
      const panel = el('section', { class: `panel panel-${view}`, role: 'tabpanel', id: `panel-${view}`, 'aria-labelledby': `tab-${view}`, tabindex: '-1' });
      panel.append(el('p', { class: 'empty' }, this.labels.loading));
      this.panels.set(view, panel);
      root.append(panel);
      panel.addEventListener('scroll', () => this.rememberScroll(view), { passive: true });
    }
    if (typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(() => this.onResize());
      for (const panel of this.panels.values()) observer.observe(panel);
    }
    this.tablist.addEventListener('click', (e) => {
      const tab = (e.target as Element).closest('[data-view]');
      const view = tab?.getAttribute('data-view');
      if (isViewName(view)) this.select(view, true);
    });
    this.tablist.addEventListener('keydown', (e) => this.onTabKey(e));
    root.addEventListener('click', (e) => this.onClick(e));
    root.addEventListener('submit', (e) => this.onSubmit(e));
    root.addEventListener('keydown', (e) => this.onKey(e));
    root.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    root.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    window.addEventListener('pointermove', (e) => this.onPointerMove(e));
    window.addEventListener('pointerup', (e) => {
      this.drag = null;
      this.endMove(e);
    });
    this.select(this.state.view, false);
  }

  // --- incoming ------------------------------------------------------------------------

  onMessage(data: unknown): void {
    if (!isToWebview(data)) return;
    try {
      this.handle(data);
    } catch {
      // A message that passed the shape check but cannot be drawn: the next update redraws.
    }
  }

  private handle(data: ToWebview): void {
    switch (data.type) {
      case 'update':
        this.editOff = data.editOff ?? null;
        this.update(data.uri, data.version, data.views, data.hasErrors, undefined, data.fresh);
        break;
      case 'cursor':
        if (data.uri === this.uri) this.highlightAt(data.position, data.scroll === true);
        break;
      case 'export-png':
        void this.exportPng(data.theme ?? 'editor').then((dataUrl) => this.post({ type: 'png', requestId: data.requestId, dataUrl }));
        break;
      case 'theme-vars':
        this.post({ type: 'theme-vars', requestId: data.requestId, vars: this.themeVars() });
        break;
      case 'locked':
        this.hostLocked = data.locked;
        this.state.locked = data.locked;
        this.save();
        break;
      case 'nothing':
        this.nothing(data.text);
        break;
    }
  }

  /** No roadmap to show: every panel says so (the text is the host's), and the saved document is forgotten. */
  private nothing(text: string): void {
    this.views = null;
    this.uri = null;
    this.version = -1;
    this.registry = new Map();
    this.highlightKey = null;
    this.dirty.clear();
    this.state = { ...defaultPreviewState(null), view: this.state.view };
    this.titleEl.textContent = this.labels.documentTitle;
    this.showNotice(null);
    for (const panel of this.panels.values()) panel.replaceChildren(el('p', { class: 'empty' }, text));
    this.save();
  }

  /**
   * `fresh`: the tabs whose views changed since the last update of this file
   * (the others are drawn from views as they were, so they are not drawn
   * again); absent, or another file: every tab.
   */
  update(uri: string, version: number, views: RoadmapViews, hasErrors: boolean, only?: readonly ViewName[], fresh?: readonly ViewName[]): void {
    const sameDoc = uri === this.uri;
    // After updates it did not draw (syntax errors), every tab is drawn: what changed meanwhile is not in `fresh`.
    const changed = sameDoc && this.views && fresh && !this.skipped ? fresh : VIEW_NAMES;
    // No version check: the extension orders its answers (a newer request wins) and posts them in order, and a
    // lower version can be new text (a document closed and opened again starts at 1; a client may repeat versions).
    if (!sameDoc) {
      this.uri = uri;
      this.highlightKey = null;
      if (this.state.uri !== uri) {
        // Another document: its zoom and scroll start fresh, the chosen tab stays.
        // Locked only on the host's word: a restored state's own claim does not carry over to another file.
        this.state = { ...defaultPreviewState(uri), view: this.state.view, riskFilter: this.state.riskFilter, ...(this.hostLocked ? { locked: true } : {}) };
      }
    }
    this.version = version;
    if (only) this.available = only.length > 0 ? only : VIEW_NAMES;
    if (hasErrors && sameDoc && this.views) {
      this.showNotice(this.views.labels.syntaxNotice);
      this.skipped = true;
      return;
    }
    this.skipped = false;
    this.views = views;
    this.labels = views.labels;
    this.showNotice(hasErrors ? views.labels.staleNotice : null);
    this.registry = buildRegistry(views, changed);
    this.titleEl.textContent = views.title;
    document.documentElement.lang = views.locale === 'nb' ? 'nb' : 'en';
    for (const v of VIEW_NAMES) {
      const tab = this.tabs.get(v)!;
      tab.textContent = views.labels.tabs[v];
      tab.hidden = !this.available.includes(v);
      // What prints: the standalone page prints every tab it has, each on its own page (preview.css).
      this.panels.get(v)!.dataset['print'] = !this.available.includes(v) ? 'none' : v === this.available[0] ? 'first' : 'next';
      if (changed.includes(v)) this.dirty.add(v);
    }
    if (!this.available.includes(this.state.view)) this.state.view = this.available[0]!;
    this.select(this.state.view, false);
    // The standalone page draws every tab at once, so printing it shows them all (it never updates again).
    if (!this.api) for (const v of this.available) if (this.dirty.has(v)) this.draw(v);
    this.save();
  }

  // --- drawing -------------------------------------------------------------------------

  private select(view: ViewName, focus: boolean): void {
    const changed = view !== this.state.view;
    this.state.view = view;
    for (const [v, tab] of this.tabs) {
      const active = v === view;
      tab.setAttribute('aria-selected', String(active));
      tab.tabIndex = active ? 0 : -1;
      this.panels.get(v)!.hidden = !active;
    }
    if (this.views && this.dirty.has(view)) this.draw(view);
    const panel = this.panels.get(view)!;
    const scroll = this.state.scroll[view];
    if (scroll) {
      panel.scrollTop = scroll.top;
      panel.scrollLeft = scroll.left;
    }
    if (focus) this.tabs.get(view)!.focus();
    if (changed) {
      this.save();
      this.post({ type: 'view-changed', view });
    }
  }

  private draw(view: ViewName): void {
    const views = this.views;
    if (!views) return;
    this.dirty.delete(view);
    const panel = this.panels.get(view)!;
    const labels = views.labels;
    // A view the server left empty as too large to draw says so instead.
    const tooLarge = views.tooLarge?.[view];
    if (tooLarge) {
      panel.replaceChildren(el('p', { class: 'empty too-large', role: 'status' }, tooLarge.message));
      return;
    }
    const parts: Node[] = [];
    // The tab's name heads its printed page (the tab bar does not print).
    if (!this.api) parts.push(el('h2', { class: 'print-title' }, labels.tabs[view]));
    if (ZOOMABLE.includes(view)) parts.push(this.zoomToolbar(view, labels));
    const drawing = drawingOf(view);
    const width = drawing.fitsWidth ? this.fitWidth(view, panel) : undefined;
    if (width !== undefined) this.drawnWidth.set(view, width);
    for (const node of drawing.panel(views, { filter: this.state.riskFilter, showRetired: this.showRetired, ...(width !== undefined ? { width } : {}) })) parts.push(toDom(node));
    // The standalone page edits nothing: no form to add a measurement there.
    const shown = this.api ? parts : parts.filter((p) => !(p instanceof HTMLFormElement));
    // One DOM write per update: build aside, swap in.
    panel.replaceChildren(...shown);
    // Drawn for an estimate of its box's width (the first time): drawn again once for the box it got.
    if (view === 'matrix' && width !== undefined && !this.refitting) {
      const actual = this.fitWidth(view, panel);
      if (actual > 0 && Math.abs(actual - width) > 1) {
        this.refitting = true;
        try {
          this.draw(view);
        } finally {
          this.refitting = false;
        }
        return;
      }
    }
    if (ZOOMABLE.includes(view)) this.applyZoom(view);
    if (view === 'matrix') this.applyExpanded(panel);
    this.applyHighlight(panel);
  }

  /** The CSS pixels a chart has in a panel: its content box, less the chart box's border. */
  private chartWidth(panel: HTMLElement): number {
    const cs = getComputedStyle(panel);
    const inner = panel.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    return Math.max(0, Math.floor((inner > 0 ? inner : document.documentElement.clientWidth - 32) - CHART_BOX_BORDERS));
  }

  /**
   * The CSS pixels a tab's chart is laid out for: the panel's, but the
   * matrix's box shares a wide panel with the ranked list (preview.css
   * `.split`), so it takes the box's own width once there is one, and a
   * share of the panel before.
   */
  private fitWidth(view: ViewName, panel: HTMLElement): number {
    const width = this.chartWidth(panel);
    if (view !== 'matrix') return width;
    const box = panel.querySelector('.chart-box');
    if (box instanceof HTMLElement && box.clientWidth > 0) return Math.floor(box.clientWidth);
    // Beside the list (bases 480 and 260 px, 20 px apart, the rest shared equally, the chart at most 760 px) or alone on its row.
    return width >= SPLIT_FROM ? Math.min(760, Math.floor(480 + (width - SPLIT_FROM) / 2)) - CHART_BOX_BORDERS : width;
  }

  /** A panel whose chart is laid out for its width is drawn again when that width changes (window, scroll bar). */
  private onResize(): void {
    if (this.resizeQueued) return;
    this.resizeQueued = true;
    requestAnimationFrame(() => {
      this.resizeQueued = false;
      const view = this.state.view;
      const drawn = this.drawnWidth.get(view);
      if (!this.views || !drawingOf(view).fitsWidth || drawn === undefined) return;
      const width = this.fitWidth(view, this.panels.get(view)!);
      if (width > 0 && width !== drawn) this.draw(view);
    });
  }

  /**
   * The matrix's labels keep their screen size: when the chart's scale on
   * screen (its fit in the panel times the zoom) asks for another label size
   * than it was drawn with, its box is drawn again at that size (the layout
   * places more labels, further in, when zoomed). Focus stays where it was.
   */
  private relayoutMatrix(svg: SVGSVGElement, k: number): void {
    const views = this.views;
    const box = svg.closest('.chart-box');
    if (!views || !box) return;
    const { w } = this.baseSize(svg);
    const shown = svg.getBoundingClientRect().width;
    if (shown <= 0) return;
    const wanted = Math.round(Math.min(1, w / (shown * k)) * 1000) / 1000;
    const drawn = Number(svg.getAttribute('data-text-scale')) || 1;
    if (Math.abs(wanted - drawn) < 0.02) return;
    const focused = document.activeElement instanceof Element && box.contains(document.activeElement) ? document.activeElement : null;
    const focusKey = focused?.getAttribute('data-key') ?? null;
    const focusMore = focused?.getAttribute('data-more') ?? null;
    const width = this.drawnWidth.get('matrix');
    const next = toDom(drawMatrixChartBox(views, { textScale: wanted, showRetired: this.showRetired, ...(width !== undefined ? { width } : {}) })) as Element;
    box.replaceWith(next);
    const panel = this.panels.get('matrix')!;
    const svg2 = this.svgOf('matrix');
    const z = this.state.zoom['matrix'];
    if (svg2 && z) {
      const base = this.baseSize(svg2);
      svg2.setAttribute('viewBox', `${round(z.x)} ${round(z.y)} ${round(base.w / z.k)} ${round(base.h / z.k)}`);
      svg2.dataset['scale'] = String(z.k);
    }
    this.applyExpanded(panel);
    this.applyHighlight(panel);
    const sel = focusKey !== null ? `.chart-box [data-key="${CSS.escape(focusKey)}"]` : focusMore !== null ? `.chart-box [data-more="${CSS.escape(focusMore)}"]` : null;
    if (sel) (panel.querySelector(sel) as HTMLElement | SVGElement | null)?.focus();
  }

  /** Opens or closes a crowded cell's list of the use cases its "+n" chip stands for. */
  private toggleCell(cell: string): void {
    if (this.expandedCells.has(cell)) this.expandedCells.delete(cell);
    else this.expandedCells.add(cell);
    this.applyExpanded(this.panels.get('matrix')!);
  }

  private applyExpanded(panel: HTMLElement): void {
    for (const chip of Array.from(panel.querySelectorAll('[data-more]'))) {
      const cell = chip.getAttribute('data-more') ?? '';
      const open = this.expandedCells.has(cell);
      chip.setAttribute('aria-expanded', String(open));
      const list = panel.querySelector(`[data-more-list="${CSS.escape(cell)}"]`) as HTMLElement | null;
      if (list) list.hidden = !open;
    }
  }

  private zoomToolbar(view: ViewName, labels: ViewLabels): HTMLElement {
    const bar = el('div', { class: 'toolbar', role: 'toolbar', 'aria-label': labels.tabs[view] });
    const button = (action: string, text: string, label: string) => {
      const b = el('button', { type: 'button', class: 'tool', 'data-zoom': action, 'data-zoom-view': view, 'aria-label': label, title: label }, text);
      bar.append(b);
    };
    button('in', '+', labels.zoomIn);
    button('out', '−', labels.zoomOut);
    button('reset', '⟲', labels.zoomReset);
    return bar;
  }

  private toggleFilter(id: string): void {
    if (!this.views) return;
    if (id === '*') this.state.riskFilter = null;
    else {
      const current = this.state.riskFilter ?? [];
      const next = current.includes(id) ? current.filter((c) => c !== id) : [...current, id];
      this.state.riskFilter = next.length === 0 ? null : next;
    }
    // The chips are in the shown panel: it is drawn again, and the chip keeps the focus.
    const view = this.state.view;
    this.draw(view);
    this.save();
    (this.panels.get(view)!.querySelector(`[data-filter="${CSS.escape(id)}"]`) as HTMLElement | null)?.focus();
  }

  // --- zoom & pan ----------------------------------------------------------------------------

  private svgOf(view: ViewName): SVGSVGElement | null {
    return this.panels.get(view)!.querySelector('svg.chart');
  }

  private baseSize(svg: SVGSVGElement): { w: number; h: number } {
    return { w: Number(svg.getAttribute('width')) || 1, h: Number(svg.getAttribute('height')) || 1 };
  }

  private applyZoom(view: ViewName): void {
    const svg = this.svgOf(view);
    if (!svg || !ZOOMABLE.includes(view)) return;
    const { w, h } = this.baseSize(svg);
    const z = clampZoom(this.state.zoom[view] ?? { k: 1, x: 0, y: 0 }, w, h);
    this.state.zoom[view] = z;
    svg.setAttribute('viewBox', `${round(z.x)} ${round(z.y)} ${round(w / z.k)} ${round(h / z.k)}`);
    svg.dataset['scale'] = String(z.k);
    if (view === 'matrix') this.relayoutMatrix(svg, z.k);
  }

  private zoom(view: ViewName, factor: number | 'reset', centre?: { fx: number; fy: number }): void {
    if (!ZOOMABLE.includes(view)) return;
    const svg = this.svgOf(view);
    if (!svg) return;
    const { w, h } = this.baseSize(svg);
    const z = this.state.zoom[view] ?? { k: 1, x: 0, y: 0 };
    if (factor === 'reset') this.state.zoom[view] = { k: 1, x: 0, y: 0 };
    else {
      const k = Math.max(1, Math.min(MAX_ZOOM, z.k * factor));
      const fx = centre?.fx ?? 0.5;
      const fy = centre?.fy ?? 0.5;
      // Keep the point under the cursor (or the centre) where it is.
      const px = z.x + (fx * w) / z.k;
      const py = z.y + (fy * h) / z.k;
      this.state.zoom[view] = { k, x: px - (fx * w) / k, y: py - (fy * h) / k };
    }
    this.applyZoom(view);
    this.save();
  }

  private onWheel(e: WheelEvent): void {
    if (!(e.ctrlKey || e.metaKey)) return;
    const svg = (e.target as Element).closest?.('svg.chart') as SVGSVGElement | null;
    const view = this.state.view;
    if (!svg || !ZOOMABLE.includes(view)) return;
    e.preventDefault();
    const box = svg.getBoundingClientRect();
    this.zoom(view, e.deltaY < 0 ? 1.2 : 1 / 1.2, { fx: (e.clientX - box.left) / box.width, fy: (e.clientY - box.top) / box.height });
  }

  private onPointerDown(e: PointerEvent): void {
    const target = e.target as Element;
    const svg = target.closest?.('svg.chart') as SVGSVGElement | null;
    const view = this.state.view;
    const bar = target.closest?.('g.item[data-key]:not(.milestone) rect.bar') ? target.closest('g.item[data-key]') : null;
    if (svg && bar && e.button === 0 && view === 'timeline' && this.api) {
      const key = bar.getAttribute('data-key') ?? '';
      const item = this.views?.timeline.items.find((i) => i.key === key);
      const at = this.svgPoint(svg, e.clientX, e.clientY);
      if (item && at) {
        const startX = weeksOf(svg).x(item.startWeek);
        const endX = weeksOf(svg).x(item.endWeek + 1);
        const edge = 10;
        const mode = at.x - startX < edge ? 'start' : endX - at.x < edge ? 'end' : 'move';
        this.sliding = { key, mode, svgX: at.x, x: e.clientX, id: e.pointerId, moved: false, span: [item.startWeek, item.endWeek] };
        return;
      }
    }
    const movable = target.closest?.('.bubble[data-key], .risk-entry[data-key]');
    if (svg && movable && e.button === 0 && (view === 'matrix' || view === 'risks') && this.api) {
      this.moving = { key: movable.getAttribute('data-key') ?? '', view, x: e.clientX, y: e.clientY, id: e.pointerId, moved: false };
      return;
    }
    if (!svg || !ZOOMABLE.includes(view) || target.closest('.el') || e.button !== 0) return;
    const zoom = this.state.zoom[view] ?? { k: 1, x: 0, y: 0 };
    if (zoom.k <= 1) return;
    this.drag = { view, x: e.clientX, y: e.clientY, zoom, id: e.pointerId };
  }

  private onPointerMove(e: PointerEvent): void {
    if (this.moving && e.pointerId === this.moving.id) {
      this.showDrop(e);
      return;
    }
    if (this.sliding && e.pointerId === this.sliding.id) {
      this.showSlide(e);
      return;
    }
    const d = this.drag;
    if (!d || e.pointerId !== d.id) return;
    const svg = this.svgOf(d.view);
    if (!svg) return;
    const box = svg.getBoundingClientRect();
    const { w, h } = this.baseSize(svg);
    const dx = ((e.clientX - d.x) / box.width) * (w / d.zoom.k);
    const dy = ((e.clientY - d.y) / box.height) * (h / d.zoom.k);
    this.state.zoom[d.view] = { k: d.zoom.k, x: d.zoom.x - dx, y: d.zoom.y - dy };
    this.applyZoom(d.view);
    this.save();
  }

  // --- editing from the charts -----------------------------------------------------------------

  /** A chart's grid: the chart says where its cells are (both are laid out for the panel's width), else the exports' grid. */
  private gridOf(view: 'matrix' | 'risks', svg: SVGSVGElement): { x: number; y: number; w: number; h: number } {
    const [x, y, w, h] = (svg.getAttribute('data-grid') ?? '').split(' ').map(Number);
    return x !== undefined && y !== undefined && w !== undefined && h !== undefined && [x, y, w, h].every((v) => Number.isFinite(v) && v >= 0) && w > 0 && h > 0 ? { x, y, w, h } : view === 'matrix' ? MATRIX_GRID : RISK_GRID;
  }

  /** The cell of the chart under a point, as the scores it stands for; null outside the plot. */
  private cellAt(view: 'matrix' | 'risks', clientX: number, clientY: number): { a: number; b: number } | null {
    const svg = this.svgOf(view);
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm) return null;
    const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
    const grid = this.gridOf(view, svg);
    const col = Math.floor((p.x - grid.x) / grid.w);
    const row = Math.floor((p.y - grid.y) / grid.h);
    if (col < 0 || col > 4 || row < 0 || row > 4) return null;
    // Matrix: a = effort (columns), b = value (rows, 5 at the top). Heat map: a = impact, b = likelihood.
    return { a: col + 1, b: 5 - row };
  }

  /** The scores an element has now: effort and value of a bubble, impact and likelihood of a risk. */
  private scoresOf(view: 'matrix' | 'risks', key: string): { a: number; b: number } | null {
    if (!this.views) return null;
    if (view === 'matrix') {
      const bubble = [...this.views.matrix.bubbles, ...this.views.matrix.retired].find((b) => b.key === key);
      return bubble ? { a: bubble.effort, b: bubble.value } : null;
    }
    const cell = this.views.risks.cells.find((c) => c.risks.some((r) => r.key === key));
    return cell ? { a: cell.impact, b: cell.likelihood } : null;
  }

  private showDrop(e: PointerEvent): void {
    const m = this.moving!;
    if (!m.moved && Math.hypot(e.clientX - m.x, e.clientY - m.y) < 5) return;
    m.moved = true;
    const svg = this.svgOf(m.view);
    if (!svg) return;
    svg.querySelector('.drop-target')?.remove();
    const cell = this.cellAt(m.view, e.clientX, e.clientY);
    if (!cell) return;
    const grid = this.gridOf(m.view, svg);
    const labels = this.labels;
    const text = m.view === 'matrix' ? `${labels.effortAxis} ${cell.a} · ${labels.valueAxis} ${cell.b}` : `${labels.likelihoodAxis} ${cell.b} · ${labels.impactAxis} ${cell.a}`;
    const x = grid.x + (cell.a - 1) * grid.w;
    const y = grid.y + (5 - cell.b) * grid.h;
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', 'drop-target');
    const rect = document.createElementNS(SVG_NS, 'rect');
    for (const [k, v] of [['x', x], ['y', y], ['width', grid.w], ['height', grid.h]] as const) rect.setAttribute(k, String(v));
    const label = document.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', String(x + 6));
    label.setAttribute('y', String(y + 18));
    label.textContent = text;
    g.append(rect, label);
    svg.append(g);
  }

  private svgPoint(svg: SVGSVGElement, clientX: number, clientY: number): DOMPoint | null {
    const ctm = svg.getScreenCTM();
    return ctm ? new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse()) : null;
  }

  /** The weeks a slide gives: moved whole, or one end dragged; within weeks 1–12, never shorter than a week. */
  private slidSpan(clientX: number): [number, number] | null {
    const s = this.sliding!;
    const svg = this.svgOf('timeline');
    const at = svg ? this.svgPoint(svg, clientX, 0) : null;
    if (!at) return null;
    const delta = Math.round((at.x - s.svgX) / weeksOf(svg).width);
    let [a, b] = s.span;
    if (s.mode === 'move') {
      const d = Math.max(1 - a, Math.min(12 - b, delta));
      a += d;
      b += d;
    } else if (s.mode === 'start') a = Math.max(1, Math.min(b, a + delta));
    else b = Math.min(12, Math.max(a, b + delta));
    return [a, b];
  }

  private showSlide(e: PointerEvent): void {
    const s = this.sliding!;
    if (!s.moved && Math.abs(e.clientX - s.x) < 5) return;
    s.moved = true;
    const svg = this.svgOf('timeline');
    const span = this.slidSpan(e.clientX);
    const row = svg?.querySelector(`g.item[data-key="${CSS.escape(s.key)}"] rect.bar`);
    if (!svg || !span || !row) return;
    svg.querySelector('.drop-target')?.remove();
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', 'drop-target');
    const rect = document.createElementNS(SVG_NS, 'rect');
    const y = Number(row.getAttribute('y'));
    const weeks = weeksOf(svg);
    const x = weeks.x(span[0]);
    for (const [k, v] of [['x', x], ['y', y - 2], ['width', (span[1] - span[0] + 1) * weeks.width], ['height', Number(row.getAttribute('height')) + 4]] as const) rect.setAttribute(k, String(v));
    const label = document.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', String(x + 4));
    label.setAttribute('y', String(y - 6));
    label.textContent = `${this.labels.weeksLabel} ${span[0] === span[1] ? span[0] : `${span[0]}–${span[1]}`}`;
    g.append(rect, label);
    svg.append(g);
  }

  /** The intent for a plan item's new weeks (none when they are the same). */
  private setWeeks(key: string, span: [number, number]): void {
    const item = this.views?.timeline.items.find((i) => i.key === key);
    if (!item || this.uri === null) return;
    if (span[0] === item.startWeek && span[1] === item.endWeek) return;
    if (this.editOff !== null) {
      this.showNotice(`${this.labels.editOff} ${this.editOff}`);
      return;
    }
    this.post({ type: 'edit', uri: this.uri, version: this.version, key, changes: [{ field: 'weeks', value: span[0] === span[1] ? span[0] : `${span[0]}-${span[1]}` }] });
  }

  private endSlide(e: PointerEvent): void {
    const s = this.sliding;
    if (!s || e.pointerId !== s.id) return;
    const span = s.moved ? this.slidSpan(e.clientX) : null;
    this.sliding = null;
    this.svgOf('timeline')?.querySelector('.drop-target')?.remove();
    if (!s.moved) return;
    this.swallowClick = true;
    setTimeout(() => (this.swallowClick = false), 0);
    if (span) this.setWeeks(s.key, span);
  }

  private endMove(e: PointerEvent): void {
    this.endSlide(e);
    const m = this.moving;
    this.moving = null;
    if (!m || e.pointerId !== m.id) return;
    this.svgOf(m.view)?.querySelector('.drop-target')?.remove();
    if (!m.moved) return;
    this.swallowClick = true;
    setTimeout(() => (this.swallowClick = false), 0);
    const cell = this.cellAt(m.view, e.clientX, e.clientY);
    // Dropped outside the plot: nothing changes.
    if (cell) this.setScores(m.view, m.key, cell);
  }

  /** Alt+arrow on a focused bubble or risk: one cell up, down, left or right. */
  private nudge(view: 'matrix' | 'risks', key: string, arrow: string): void {
    const now = this.scoresOf(view, key);
    if (!now) return;
    const steps: Record<string, readonly [number, number]> = { ArrowUp: [0, 1], ArrowDown: [0, -1], ArrowRight: [1, 0], ArrowLeft: [-1, 0] };
    const step = steps[arrow];
    if (!step) return;
    const clamp = (n: number) => Math.max(1, Math.min(5, n));
    this.setScores(view, key, { a: clamp(now.a + step[0]), b: clamp(now.b + step[1]) });
  }

  /** Posts the intent for the scores that change (none: nothing is sent). */
  private setScores(view: 'matrix' | 'risks', key: string, to: { a: number; b: number }): void {
    const now = this.scoresOf(view, key);
    if (!now || this.uri === null) return;
    if (this.editOff !== null) {
      this.showNotice(`${this.labels.editOff} ${this.editOff}`);
      return;
    }
    const [fa, fb] = view === 'matrix' ? ['effort', 'value'] : ['impact', 'likelihood'];
    const changes = [...(to.a !== now.a ? [{ field: fa, value: to.a }] : []), ...(to.b !== now.b ? [{ field: fb, value: to.b }] : [])];
    if (changes.length > 0) this.post({ type: 'edit', uri: this.uri, version: this.version, key, changes });
  }

  // --- interaction ------------------------------------------------------------------------------

  private onClick(e: MouseEvent): void {
    if (this.swallowClick) {
      this.swallowClick = false;
      return;
    }
    const target = e.target as Element;
    const zoomButton = target.closest('[data-zoom]');
    if (zoomButton) {
      const view = zoomButton.getAttribute('data-zoom-view');
      const action = zoomButton.getAttribute('data-zoom');
      if (isViewName(view)) this.zoom(view, action === 'in' ? 1.25 : action === 'out' ? 0.8 : 'reset');
      return;
    }
    const filter = target.closest('[data-filter]');
    if (filter) {
      this.toggleFilter(filter.getAttribute('data-filter') ?? '*');
      return;
    }
    const more = target.closest('[data-more]');
    if (more) {
      this.toggleCell(more.getAttribute('data-more') ?? '');
      return;
    }
    if (target.closest('[data-show-retired]')) {
      this.showRetired = !this.showRetired;
      this.draw('matrix');
      (this.panels.get('matrix')!.querySelector('[data-show-retired]') as HTMLElement | null)?.focus();
      return;
    }
    const toggle = target.closest('[data-toggle]');
    if (toggle) {
      this.toggleDone(toggle.getAttribute('data-toggle') ?? '');
      return;
    }
    const hit = target.closest('[data-key]');
    if (hit) this.reveal(hit.getAttribute('data-key') ?? '');
  }

  /** The KPI board's form: a measurement for a quarter, written to the KPI's `actuals` in the file. */
  private onSubmit(e: Event): void {
    const form = e.target as HTMLFormElement;
    if (!form.matches?.('form.kpi-measure')) return;
    // Never a navigation: the form only gathers an intent.
    e.preventDefault();
    const data = new FormData(form);
    const key = String(data.get('kpi') ?? '');
    const quarter = String(data.get('quarter') ?? '').trim().toUpperCase();
    const text = String(data.get('value') ?? '').trim();
    const value = text === '' ? NaN : Number(text);
    if (!this.views?.kpis.cards.some((c) => c.key === key) || !/^\d{4}-Q[1-4]$/.test(quarter) || !Number.isFinite(value) || this.uri === null || !this.api) return;
    if (this.editOff !== null) {
      this.showNotice(`${this.labels.editOff} ${this.editOff}`);
      return;
    }
    this.post({ type: 'edit', uri: this.uri, version: this.version, key, changes: [{ field: `actuals.${quarter}`, value }] });
  }

  /** A plan item's checkbox: its `done` set to the other value in the file. */
  private toggleDone(key: string): void {
    const item = this.views?.timeline.items.find((i) => i.key === key);
    if (!item || this.uri === null || !this.api) return;
    if (this.editOff !== null) {
      this.showNotice(`${this.labels.editOff} ${this.editOff}`);
      return;
    }
    this.post({ type: 'edit', uri: this.uri, version: this.version, key, changes: [{ field: 'done', value: !item.done }] });
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.target as Element;
    const view0 = this.state.view;
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight') && view0 === 'timeline' && this.api && target.matches?.('g.item[data-key]:not(.milestone)')) {
      e.preventDefault();
      const item = this.views?.timeline.items.find((i) => i.key === target.getAttribute('data-key'));
      if (!item) return;
      const d = e.key === 'ArrowRight' ? 1 : -1;
      // Alt+arrow moves the item a week; Alt+Shift+arrow moves its end (longer or shorter).
      const span: [number, number] = e.shiftKey ? [item.startWeek, Math.min(12, Math.max(item.startWeek, item.endWeek + d))] : item.startWeek + d >= 1 && item.endWeek + d <= 12 ? [item.startWeek + d, item.endWeek + d] : [item.startWeek, item.endWeek];
      this.setWeeks(item.key, span);
      return;
    }
    if (e.altKey && e.key.startsWith('Arrow') && (view0 === 'matrix' || view0 === 'risks') && this.api && target.matches?.('.bubble[data-key], .risk-entry[data-key]')) {
      e.preventDefault();
      this.nudge(view0, target.getAttribute('data-key') ?? '', e.key);
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && target.matches?.('[data-more]')) {
      e.preventDefault();
      this.toggleCell(target.getAttribute('data-more') ?? '');
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && target.matches?.('[data-toggle]')) {
      e.preventDefault();
      this.toggleDone(target.getAttribute('data-toggle') ?? '');
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && target.matches?.('.el[data-key]')) {
      e.preventDefault();
      this.reveal(target.getAttribute('data-key') ?? '');
      return;
    }
    const view = this.state.view;
    if (ZOOMABLE.includes(view) && target.closest?.('svg.chart, .toolbar')) {
      if (e.key === '+' || e.key === '=') this.zoom(view, 1.25);
      else if (e.key === '-') this.zoom(view, 0.8);
      else if (e.key === '0') this.zoom(view, 'reset');
    }
  }

  private onTabKey(e: KeyboardEvent): void {
    const order = VIEW_NAMES.filter((v) => this.available.includes(v));
    const i = order.indexOf(this.state.view);
    let next: ViewName | undefined;
    if (e.key === 'ArrowRight') next = order[(i + 1) % order.length];
    else if (e.key === 'ArrowLeft') next = order[(i - 1 + order.length) % order.length];
    else if (e.key === 'Home') next = order[0];
    else if (e.key === 'End') next = order[order.length - 1];
    if (next) {
      e.preventDefault();
      this.select(next, true);
    }
  }

  private reveal(key: string): void {
    const info = this.registry.get(key);
    if (!info || this.uri === null) return;
    this.highlightKey = key;
    this.applyHighlight(this.panels.get(this.state.view)!);
    this.post({ type: 'reveal', uri: this.uri, section: info.section, id: info.id, range: info.range });
  }

  /** Highlights the smallest entity at the editor's cursor; with `scroll`, a newly highlighted one is brought into view. */
  private highlightAt(position: LspPosition, scroll: boolean): void {
    let best: string | null = null;
    let bestSize = Infinity;
    for (const [key, info] of this.registry) {
      if (!rangeContains(info.entityRange, position)) continue;
      const size = (info.entityRange.end.line - info.entityRange.start.line) * 1e4 + (info.entityRange.end.character - info.entityRange.start.character);
      if (size < bestSize) {
        best = key;
        bestSize = size;
      }
    }
    if (best === this.highlightKey) return;
    this.highlightKey = best;
    const panel = this.panels.get(this.state.view)!;
    this.applyHighlight(panel);
    if (scroll && best !== null) this.scrollToHighlight(panel);
  }

  /**
   * Brings the highlighted entity's element on screen in the shown panel,
   * unless one of its elements (a bubble, its row in the ranking) is visible
   * already: moving the cursor within an entity never fights the user's scrolling.
   */
  private scrollToHighlight(panel: HTMLElement): void {
    const box = panel.getBoundingClientRect();
    const drawn = Array.from(panel.querySelectorAll('.el.highlighted')).filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 || r.height > 0;
    });
    // In view: its height within the panel's (all of it, or all the panel shows of a taller one), some of its width (a timeline row is as wide as the chart).
    const inside = (r: DOMRect) => (r.height > box.height ? r.top <= box.top && r.bottom >= box.bottom : r.top >= box.top && r.bottom <= box.bottom) && r.right > box.left && r.left < box.right;
    const target = drawn[0];
    if (!target || drawn.some((e) => inside(e.getBoundingClientRect()))) return;
    if (!(target instanceof SVGElement)) {
      target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return;
    }
    // An SVG element: the panel (its scrolling container) moves by the element's offset from the visible box.
    const r = target.getBoundingClientRect();
    const margin = 16;
    const dy = r.height > box.height || r.top < box.top ? r.top - box.top - margin : r.bottom > box.bottom ? r.bottom - box.bottom + margin : 0;
    const dx = r.right <= box.left || r.left >= box.right ? r.left - box.left - margin : 0;
    panel.scrollBy({ top: dy, left: dx });
  }

  private applyHighlight(panel: HTMLElement): void {
    panel.querySelectorAll('.highlighted').forEach((e) => e.classList.remove('highlighted'));
    if (!this.highlightKey) return;
    panel.querySelectorAll(`.el[data-key="${CSS.escape(this.highlightKey)}"]`).forEach((e) => e.classList.add('highlighted'));
  }

  private showNotice(text: string | null): void {
    this.noticeEl.hidden = text === null;
    this.noticeEl.textContent = text ?? '';
  }

  // --- export -----------------------------------------------------------------------------------

  /** The chart's `--vscode-*` colours as this page shows them (the editor's theme inside VS Code). */
  private themeVars(): Record<string, string> {
    const style = getComputedStyle(document.documentElement);
    const vars: Record<string, string> = {};
    for (const name of Object.keys(LIGHT_THEME)) {
      const v = style.getPropertyValue(name).trim();
      if (v) vars[name] = v;
    }
    return vars;
  }

  /** The shown view as a PNG: in the light palette, or in the editor's colours. */
  async exportPng(theme: ExportTheme = 'editor'): Promise<string | null> {
    if (!this.views) return null;
    const vars = theme === 'editor' ? this.themeVars() : {};
    const svg = exportSvg(this.views, this.state.view, { vars, riskFilter: this.state.riskFilter, showRetired: this.showRetired });
    const w = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 800);
    const hgt = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 600);
    const img = new Image();
    const loaded = new Promise<boolean>((resolve) => {
      img.onload = () => resolve(true);
      img.onerror = () => resolve(false);
    });
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    if (!(await loaded)) return null;
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(hgt * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, w, hgt);
    return canvas.toDataURL('image/png');
  }

  // --- state -----------------------------------------------------------------------------------

  private rememberScroll(view: ViewName): void {
    const panel = this.panels.get(view)!;
    this.state.scroll[view] = { top: panel.scrollTop, left: panel.scrollLeft };
    this.save();
  }

  private save(): void {
    if (this.saveQueued) return;
    this.saveQueued = true;
    requestAnimationFrame(() => {
      this.saveQueued = false;
      this.state.uri = this.uri ?? this.state.uri;
      this.api?.setState(this.state);
    });
  }

  private post(message: FromWebview): void {
    this.api?.postMessage(message);
  }

  /** For tests and the export: the current document's views. */
  current(): { uri: string | null; version: number; view: ViewName } {
    return { uri: this.uri, version: this.version, view: this.state.view };
  }
}

function clampZoom(z: ZoomState, w: number, h: number): ZoomState {
  const k = Math.max(1, Math.min(MAX_ZOOM, Number.isFinite(z.k) ? z.k : 1));
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max, Number.isFinite(v) ? v : 0));
  return { k, x: clamp(z.x, w - w / k), y: clamp(z.y, h - h / k) };
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Every element's entity and ranges; the tabs just computed first (`fresh`), so their ranges win over those of tabs drawn from older views. */
function buildRegistry(views: RoadmapViews, fresh: readonly ViewName[]): Map<string, ElementInfo> {
  const map = new Map<string, ElementInfo>();
  const add = (r: { key: string; section: string; id: string; range: LspRange; entityRange: LspRange }) => {
    if (!map.has(r.key)) map.set(r.key, { section: r.section, id: r.id, range: r.range, entityRange: r.entityRange });
  };
  const order = [...TABS.filter((v) => fresh.includes(v.name)), ...TABS.filter((v) => !fresh.includes(v.name))];
  for (const view of order) {
    for (const target of view.targets(views[view.name])) add(target);
  }
  return map;
}

// --- printing the standalone page ------------------------------------------------------------------

/** What an A4 landscape page with 12 mm margins (preview.css's @page) holds, in CSS px, with room to spare: measured before printing, in the screen layout, a tab comes out taller on paper (703 px is the page's full height; at 690, tabs of the examples still took two pages). */
const PRINT_PAGE = { width: 1032, height: 600 };
/** Below this a tab flows over more pages rather than shrinking further: text stays readable on paper. */
const MIN_PRINT_ZOOM = 0.6;

/**
 * Before printing: the page takes its print layout (every tab it has, one per
 * page: body.printing in preview.css) and a tab taller than a page is zoomed
 * to fit it, down to MIN_PRINT_ZOOM.
 */
function preparePrint(): void {
  document.body.classList.add('printing');
  const top = document.querySelector('.top')?.getBoundingClientRect().height ?? 0;
  for (const panel of Array.from(document.querySelectorAll<HTMLElement>('.panel[data-print="first"], .panel[data-print="next"]'))) {
    panel.style.removeProperty('zoom');
    const above = panel.dataset['print'] === 'first' ? top : 0;
    // Zooming out widens what the tab lays out in, and a chart scaled to the width grows back: a few rounds.
    let zoom = 1;
    for (let round = 0; round < 6; round++) {
      const height = panel.getBoundingClientRect().height + above;
      if (height <= PRINT_PAGE.height || zoom <= MIN_PRINT_ZOOM) break;
      zoom = Math.max(MIN_PRINT_ZOOM, Math.floor(zoom * (PRINT_PAGE.height / height) * 100) / 100);
      panel.style.setProperty('zoom', String(zoom));
    }
  }
}

function endPrint(): void {
  document.body.classList.remove('printing');
  for (const panel of Array.from(document.querySelectorAll<HTMLElement>('.panel'))) panel.style.removeProperty('zoom');
}

// --- start --------------------------------------------------------------------------------------

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const api = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;
  const preview = new Preview(root, api);
  const w = window as unknown as { airoadmapPreview?: Preview };
  w.airoadmapPreview = preview;
  // Standalone export: the views are embedded as JSON in the page.
  const embedded = document.getElementById('airoadmap-data');
  if (embedded) {
    try {
      const parsed: unknown = JSON.parse(embedded.textContent ?? 'null');
      const only = (embedded.getAttribute('data-views') ?? '').split(',').filter(isViewName);
      if (isRoadmapViews(parsed)) preview.update('standalone', 0, parsed, false, only);
    } catch {
      // A broken embed leaves the loading text; nothing to run.
    }
    window.addEventListener('beforeprint', preparePrint);
    window.addEventListener('afterprint', endPrint);
    return;
  }
  window.addEventListener('message', (e: MessageEvent) => preview.onMessage(e.data));
  api?.postMessage({ type: 'ready' });
}

start();
