/**
 * Turns the core's virtual DOM into real DOM nodes. Text goes in through
 * text nodes only (never innerHTML); attributes pass the same allow-list as
 * the markup serialiser, so no event handler, style or link can be created.
 * Browser code; must not depend on vscode.
 */
import { attrText, isSafeAttribute, type VChild } from '../../server/src/core/views/vdom';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function toDom(node: VChild, inSvg = false): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const svg = inSvg || node.tag === 'svg';
  const el = svg ? document.createElementNS(SVG_NS, node.tag) : document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    const text = attrText(value);
    if (text === null || !isSafeAttribute(name)) continue;
    el.setAttribute(name, text);
  }
  if (node.children.length === 1 && typeof node.children[0] === 'string') {
    el.textContent = node.children[0];
  } else {
    for (const child of node.children) el.appendChild(toDom(child, svg));
  }
  return el;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}
