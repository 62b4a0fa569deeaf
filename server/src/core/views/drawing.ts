/**
 * What the tabs' drawings share: the attributes of an interactive element
 * (`.el` with `data-key`, `tabindex`, `role` and an `aria-label`), rounding
 * to two decimals, the "not placed" list and the box a chart sits in.
 * Must not depend on anything but the views' types.
 */
import type { NotPlaced } from './common';
import type { ViewLabels } from './labels';
import { h, type VNode } from './vdom';

/** The attributes of an element that reveals its entity on click or Enter. */
export function interactive(key: string, aria: string, cls: string): Record<string, string | number> {
  return { class: `el ${cls}`, 'data-key': key, tabindex: 0, role: 'button', 'aria-label': aria };
}

/** A coordinate to two decimals. */
export function n(v: number): number {
  return Math.round(v * 100) / 100;
}

/** The list of entities a chart cannot place, with the reason; null when there are none. */
export function drawNotPlaced(list: NotPlaced[], labels: ViewLabels): VNode | null {
  if (list.length === 0) return null;
  return h(
    'div',
    { class: 'not-placed' },
    h('h3', {}, labels.notPlaced),
    h('ul', {}, ...list.map((p) => h('li', interactive(p.key, p.aria, 'not-placed-item'), h('span', { class: 'np-title' }, p.title), h('span', { class: 'np-reason' }, ` — ${p.reason}`)))),
  );
}

/** The box a panel's chart sits in (it scrolls, and zooms when the tab has zoom). */
export function chartBox(chart: VNode): VNode {
  return h('div', { class: 'chart-box' }, chart);
}
