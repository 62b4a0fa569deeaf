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

class Preview {
  private readonly api: VsCodeApi | null;
  private state: PreviewState;
  private views: RoadmapViews | null = null;
  private uri: string | null = null;
  private version = -1;
  private readonly dirty = new Set<ViewName>();
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
  private drag: { view: ViewName; x: number; y: number; zoom: ZoomState; id: number } | null = null;

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
    this.tablist.addEventListener('click', (e) => {
      const tab = (e.target as Element).closest('[data-view]');
      const view = tab?.getAttribute('data-view');
      if (isViewName(view)) this.select(view, true);
    });
    this.tablist.addEventListener('keydown', (e) => this.onTabKey(e));
    root.addEventListener('click', (e) => this.onClick(e));
    root.addEventListener('keydown', (e) => this.onKey(e));
    root.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    root.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    window.addEventListener('pointermove', (e) => this.onPointerMove(e));
    window.addEventListener('pointerup', () => (this.drag = null));
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
        this.update(data.uri, data.version, data.views, data.hasErrors);
        break;
      case 'cursor':
        if (data.uri === this.uri) this.highlightAt(data.position);
        break;
      case 'export-png':
        void this.exportPng().then((dataUrl) => this.post({ type: 'png', requestId: data.requestId, dataUrl }));
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

  update(uri: string, version: number, views: RoadmapViews, hasErrors: boolean, only?: readonly ViewName[]): void {
    const sameDoc = uri === this.uri;
    // No version check: the extension orders its answers (a newer request wins) and posts them in order, and a
    // lower version can be new text (a document closed and opened again starts at 1; a client may repeat versions).
    if (!sameDoc) {
      this.uri = uri;
      this.highlightKey = null;
      if (this.state.uri !== uri) {
        // Another document: its zoom and scroll start fresh, the chosen tab stays.
        this.state = { ...defaultPreviewState(uri), view: this.state.view, riskFilter: this.state.riskFilter };
      }
    }
    this.version = version;
    if (only) this.available = only.length > 0 ? only : VIEW_NAMES;
    if (hasErrors && sameDoc && this.views) {
      this.showNotice(this.views.labels.syntaxNotice);
      return;
    }
    this.views = views;
    this.labels = views.labels;
    this.showNotice(hasErrors ? views.labels.staleNotice : null);
    this.registry = buildRegistry(views);
    this.titleEl.textContent = views.title;
    document.documentElement.lang = views.locale === 'nb' ? 'nb' : 'en';
    for (const v of VIEW_NAMES) {
      const tab = this.tabs.get(v)!;
      tab.textContent = views.labels.tabs[v];
      tab.hidden = !this.available.includes(v);
      this.dirty.add(v);
    }
    if (!this.available.includes(this.state.view)) this.state.view = this.available[0]!;
    this.select(this.state.view, false);
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
    if (ZOOMABLE.includes(view)) parts.push(this.zoomToolbar(view, labels));
    for (const node of drawingOf(view).panel(views, { filter: this.state.riskFilter })) parts.push(toDom(node));
    // One DOM write per update: build aside, swap in.
    panel.replaceChildren(...parts);
    if (ZOOMABLE.includes(view)) this.applyZoom(view);
    this.applyHighlight(panel);
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
    if (!svg || !ZOOMABLE.includes(view) || target.closest('.el') || e.button !== 0) return;
    const zoom = this.state.zoom[view] ?? { k: 1, x: 0, y: 0 };
    if (zoom.k <= 1) return;
    this.drag = { view, x: e.clientX, y: e.clientY, zoom, id: e.pointerId };
  }

  private onPointerMove(e: PointerEvent): void {
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

  // --- interaction ------------------------------------------------------------------------------

  private onClick(e: MouseEvent): void {
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
    const hit = target.closest('[data-key]');
    if (hit) this.reveal(hit.getAttribute('data-key') ?? '');
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.target as Element;
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

  private highlightAt(position: LspPosition): void {
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
    this.applyHighlight(this.panels.get(this.state.view)!);
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

  async exportPng(): Promise<string | null> {
    if (!this.views) return null;
    const style = getComputedStyle(document.documentElement);
    const vars: Record<string, string> = {};
    for (const name of Object.keys(LIGHT_THEME)) {
      const v = style.getPropertyValue(name).trim();
      if (v) vars[name] = v;
    }
    const svg = exportSvg(this.views, this.state.view, { vars, riskFilter: this.state.riskFilter });
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

function buildRegistry(views: RoadmapViews): Map<string, ElementInfo> {
  const map = new Map<string, ElementInfo>();
  const add = (r: { key: string; section: string; id: string; range: LspRange; entityRange: LspRange }) => {
    if (!map.has(r.key)) map.set(r.key, { section: r.section, id: r.id, range: r.range, entityRange: r.entityRange });
  };
  for (const view of TABS) {
    for (const target of view.targets(views[view.name])) add(target);
  }
  return map;
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
    return;
  }
  window.addEventListener('message', (e: MessageEvent) => preview.onMessage(e.data));
  api?.postMessage({ type: 'ready' });
}

start();
