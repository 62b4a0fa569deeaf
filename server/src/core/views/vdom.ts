/**
 * A tiny virtual DOM: the drawing functions build these plain objects, the
 * webview turns them into DOM nodes (text only through text nodes) and the
 * exporters into XML/HTML strings (escaped here, in one place).
 * Attribute names are fixed by the drawing code; user data only ever lands in
 * attribute values and text, and event-handler and style attributes are
 * dropped on both paths.
 * Must not depend on anything.
 */

export type AttrValue = string | number | boolean | null | undefined;
export interface VNode {
  tag: string;
  attrs: Record<string, AttrValue>;
  children: VChild[];
}
export type VChild = VNode | string;

export function h(tag: string, attrs: Record<string, AttrValue> = {}, ...children: (VChild | VChild[] | null | undefined | false)[]): VNode {
  const flat: VChild[] = [];
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) flat.push(...c);
    else flat.push(c);
  }
  return { tag, attrs, children: flat };
}

const SAFE_NAME = /^[a-zA-Z][a-zA-Z0-9:_.-]*$/;

/** Whether an attribute may be written: a plain name, no event handlers, no inline styles, no links. */
export function isSafeAttribute(name: string): boolean {
  if (!SAFE_NAME.test(name)) return false;
  const lower = name.toLowerCase();
  return !lower.startsWith('on') && lower !== 'style' && lower !== 'href' && lower !== 'xlink:href' && lower !== 'src' && lower !== 'srcdoc' && lower !== 'formaction';
}

export function attrText(value: AttrValue): string | null {
  if (value === null || value === undefined || value === false) return null;
  if (value === true) return '';
  return String(value);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped so an SVG export always parses, and so are DEL and the C1
  // controls (U+009B is CSI on some terminals: `render` to stdout must not steer one). The invisible
  // bidi and line-separator characters are written as character references: they still act in the page,
  // but the markup itself stays plain text in a terminal. A lone surrogate (half of a pair, which no
  // encoding can write and XML forbids) becomes U+FFFD, as a UTF-8 decoder shows it.
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)
    .replace(/[\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
}

const VOID_HTML = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col']);

/** Serialise as XML (SVG) or HTML; text and attribute values are escaped. */
export function toMarkup(node: VChild, mode: 'xml' | 'html' = 'xml'): string {
  if (typeof node === 'string') return escapeXml(node);
  if (!SAFE_NAME.test(node.tag)) return '';
  let out = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attrs)) {
    const text = attrText(value);
    if (text === null || !isSafeAttribute(name)) continue;
    out += ` ${name}="${escapeXml(text)}"`;
  }
  if (node.children.length === 0) {
    if (mode === 'xml') return `${out}/>`;
    if (VOID_HTML.has(node.tag)) return `${out}>`;
  }
  out += '>';
  for (const child of node.children) out += toMarkup(child, mode);
  return `${out}</${node.tag}>`;
}

/** The text of a node and its descendants. */
export function textContent(node: VChild): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

/** Shorten a text to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}


/** Escapes a value for a double-quoted HTML attribute, leaving apostrophes readable (CSP sources). */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
