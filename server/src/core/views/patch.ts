/**
 * What changed between two of a tab's JSON values, as a list of operations,
 * and those operations applied: the preview's answer after an edit carries
 * the patch of the tab it shows instead of the whole tab (a title typed into
 * one of 1,000 use cases is a few hundred bytes, not 640 KiB).
 *
 * A path is the keys and indexes from the root. `set` puts a value at a path
 * (a new key, a changed value, an element past an array's end), `del` removes
 * an object's key, `len` shortens an array. Applying copies only the objects
 * and arrays along the changed paths (the value given stays untouched and
 * shares everything else), and sets keys as own data properties, so a key
 * such as `__proto__` (a roadmap may name an entity so) is data, never a
 * prototype. Plain JSON only (what `JSON.parse` gives).
 * Must not depend on vscode, the LSP connection or the DOM.
 */

export type PatchPath = (string | number)[];
export type PatchOp = { op: 'set'; path: PatchPath; value: unknown } | { op: 'del'; path: PatchPath } | { op: 'len'; path: PatchPath; length: number };

/** A patch that does not fit the value it is applied to (a path through a number, an index past the end). */
export class PatchError extends Error {}

type JsonObject = Record<string, unknown>;

function isObject(x: unknown): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const own = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * The operations that turn `from` into `to`, or null when there are more
 * than `maxOps` (then the whole value is the smaller message). Arrays are
 * compared index by index: an element added or removed at the end is one
 * operation, one inserted in the middle changes every later index.
 */
export function diffJson(from: unknown, to: unknown, maxOps = 2000): PatchOp[] | null {
  const ops: PatchOp[] = [];
  const path: PatchPath = [];
  const walk = (a: unknown, b: unknown): boolean => {
    if (a === b) return true;
    if (Array.isArray(a) && Array.isArray(b)) {
      const common = Math.min(a.length, b.length);
      for (let i = 0; i < common; i++) {
        path.push(i);
        const fits = walk(a[i], b[i]);
        path.pop();
        if (!fits) return false;
      }
      if (b.length < a.length) ops.push({ op: 'len', path: [...path], length: b.length });
      for (let i = common; i < b.length; i++) ops.push({ op: 'set', path: [...path, i], value: b[i] });
    } else if (isObject(a) && isObject(b)) {
      for (const key of Object.keys(b)) {
        if (!own(a, key)) {
          ops.push({ op: 'set', path: [...path, key], value: b[key] });
          continue;
        }
        path.push(key);
        const fits = walk(a[key], b[key]);
        path.pop();
        if (!fits) return false;
      }
      for (const key of Object.keys(a)) if (!own(b, key)) ops.push({ op: 'del', path: [...path, key] });
    } else {
      ops.push({ op: 'set', path: [...path], value: b });
    }
    return ops.length <= maxOps;
  };
  return walk(from, to) ? ops : null;
}

/** A copy of `root` with `ops` applied; `root` itself is not changed. Throws PatchError when a path does not fit. */
export function applyPatch<T>(root: T, ops: readonly PatchOp[]): T {
  const copies = new Set<unknown>();
  const copy = (x: unknown): JsonObject | unknown[] => {
    if (copies.has(x)) return x as JsonObject | unknown[];
    let c: JsonObject | unknown[];
    if (Array.isArray(x)) c = x.slice();
    else if (isObject(x)) c = { ...x };
    else throw new PatchError('the path goes through a value that is neither an object nor an array');
    copies.add(c);
    return c;
  };
  let result: unknown = root;
  /** The container at `path`, copied along the way (once per apply), the root included. */
  const containerAt = (path: PatchPath): JsonObject | unknown[] => {
    result = copy(result);
    let at = result as JsonObject | unknown[];
    for (const key of path) {
      const child = copy(read(at, key));
      write(at, key, child);
      at = child;
    }
    return at;
  };
  for (const op of ops) {
    if (op.op === 'len') {
      const target = containerAt(op.path);
      if (!Array.isArray(target) || !Number.isInteger(op.length) || op.length < 0 || op.length > target.length) throw new PatchError('"len" shortens an array');
      target.length = op.length;
      continue;
    }
    if (op.path.length === 0) {
      if (op.op !== 'set') throw new PatchError(`"${op.op}" needs a path`);
      result = op.value;
      continue;
    }
    const parent = containerAt(op.path.slice(0, -1));
    const last = op.path[op.path.length - 1]!;
    if (op.op === 'set') write(parent, last, op.value);
    else {
      if (Array.isArray(parent) || typeof last !== 'string') throw new PatchError('"del" removes an object key');
      delete parent[last];
    }
  }
  return result as T;
}

function read(parent: JsonObject | unknown[], key: string | number): unknown {
  if (Array.isArray(parent)) {
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 0 || key >= parent.length) throw new PatchError(`no element ${String(key)}`);
    return parent[key];
  }
  if (typeof key !== 'string' || !own(parent, key)) throw new PatchError(`no key ${String(key)}`);
  return parent[key];
}

function write(parent: JsonObject | unknown[], key: string | number, value: unknown): void {
  if (Array.isArray(parent)) {
    // Within the array or just past its end (an element appended); never a hole.
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 0 || key > parent.length) throw new PatchError(`no place ${String(key)} in the array`);
    parent[key] = value;
    return;
  }
  if (typeof key !== 'string') throw new PatchError('an object key is a string');
  Object.defineProperty(parent, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Whether `x` is a list of patch operations as this module writes them (the client checks the server's answer). */
export function isPatch(x: unknown): x is PatchOp[] {
  return (
    Array.isArray(x) &&
    x.every((o) => {
      if (!isObject(o) || !Array.isArray(o['path']) || !o['path'].every((k) => typeof k === 'string' || (typeof k === 'number' && Number.isInteger(k) && k >= 0))) return false;
      if (o['op'] === 'set') return own(o, 'value');
      if (o['op'] === 'del') return true;
      return o['op'] === 'len' && typeof o['length'] === 'number';
    })
  );
}
