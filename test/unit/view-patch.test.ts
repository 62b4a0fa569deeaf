/**
 * views/patch.ts: the patch of two JSON values turns the one into the other
 * (random values and random changes to them, seeded), leaves the original
 * untouched and shares what did not change, keeps keys like `__proto__` as
 * data, and refuses patches that do not fit.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seededRandom as rng } from '../../bench/generate';
import { applyPatch, diffJson, isPatch, PatchError, type PatchOp } from '../../server/src/core/views/patch';

const KEYS = ['a', 'b', 'key', 'label', '__proto__', 'constructor', 'x y', ''];

function value(r: () => number, depth: number): unknown {
  const k = r();
  if (depth <= 0 || k < 0.35) return k < 0.1 ? null : k < 0.2 ? Math.round(r() * 100) / 10 : k < 0.27 ? r() < 0.5 : `s${Math.floor(r() * 5)}`;
  if (k < 0.65) return Array.from({ length: Math.floor(r() * 5) }, () => value(r, depth - 1));
  const o: Record<string, unknown> = {};
  for (const key of KEYS) if (r() < 0.4) Object.defineProperty(o, key, { value: value(r, depth - 1), enumerable: true, writable: true, configurable: true });
  return o;
}

/** A copy of `v` with a few random changes deep inside. */
function mutate(r: () => number, v: unknown): unknown {
  if (r() < 0.15) return value(r, 2);
  if (Array.isArray(v)) {
    const c = v.map((x) => (r() < 0.3 ? mutate(r, x) : x));
    if (r() < 0.2) c.push(value(r, 2));
    if (r() < 0.2 && c.length > 0) c.splice(Math.floor(r() * c.length), 1);
    return c;
  }
  if (typeof v === 'object' && v !== null) {
    const c: Record<string, unknown> = {};
    for (const [key, x] of Object.entries(v)) if (r() > 0.1) Object.defineProperty(c, key, { value: r() < 0.3 ? mutate(r, x) : x, enumerable: true, writable: true, configurable: true });
    if (r() < 0.2) Object.defineProperty(c, KEYS[Math.floor(r() * KEYS.length)]!, { value: value(r, 1), enumerable: true, writable: true, configurable: true });
    return c;
  }
  return r() < 0.5 ? v : value(r, 1);
}

test('applying the patch of two values gives the second, leaves the first as it was, and travels as JSON', () => {
  const r = rng(17);
  let nonEmpty = 0;
  for (let i = 0; i < 600; i++) {
    const a = value(r, 4);
    const b = mutate(r, a);
    const before = JSON.stringify(a);
    const ops = diffJson(a, b);
    assert.ok(ops !== null);
    if (ops.length > 0) nonEmpty++;
    // Through JSON, as over the wire.
    const sent = JSON.parse(JSON.stringify(ops)) as PatchOp[];
    assert.ok(isPatch(sent));
    assert.deepEqual(applyPatch(a, sent), b, `case ${i}`);
    assert.equal(JSON.stringify(a), before, `case ${i}: the original is untouched`);
    assert.deepEqual(diffJson(b, b), [], 'a value against itself: nothing');
  }
  assert.ok(nonEmpty > 300, `most cases changed something (${nonEmpty})`);
});

test('what a patch does not touch is shared, not copied', () => {
  const a = { left: { deep: [1, 2, 3] }, right: { list: [{ t: 'x' }, { t: 'y' }] } };
  const b = { left: a.left, right: { list: [{ t: 'x' }, { t: 'z' }] } };
  const ops = diffJson(a, b)!;
  assert.deepEqual(ops, [{ op: 'set', path: ['right', 'list', 1, 't'], value: 'z' }]);
  const c = applyPatch(a, ops);
  assert.equal(c.left, a.left);
  assert.equal(c.right.list[0], a.right.list[0]);
  assert.notEqual(c.right.list[1], a.right.list[1]);
});

test('a key named __proto__ is data: no prototype is set, and Object.prototype stays clean', () => {
  const a = JSON.parse('{"items":{"__proto__":{"t":"old"}}}') as Record<string, Record<string, unknown>>;
  const b = JSON.parse('{"items":{"__proto__":{"t":"new","polluted":true}}}') as Record<string, Record<string, unknown>>;
  const c = applyPatch(a, JSON.parse(JSON.stringify(diffJson(a, b))) as PatchOp[]);
  assert.deepEqual(c, b);
  assert.equal(Object.getPrototypeOf(c.items), Object.prototype);
  assert.equal(Object.prototype.hasOwnProperty.call(c.items, '__proto__'), true);
  // A path through a __proto__ the value does not have is refused, not followed to Object.prototype.
  assert.throws(() => applyPatch({}, [{ op: 'set', path: ['__proto__', 'polluted'], value: true }]), PatchError);
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  const d = applyPatch({}, [{ op: 'set', path: ['__proto__'], value: { polluted: true } }]);
  assert.equal(Object.getPrototypeOf(d), Object.prototype);
  assert.deepEqual(Object.keys(d), ['__proto__']);
});

test('a patch that does not fit its value is refused with a PatchError; malformed patches are not patches', () => {
  const bad: PatchOp[][] = [
    [{ op: 'set', path: ['a', 'b'], value: 1 }],
    [{ op: 'set', path: [5], value: 1 }],
    [{ op: 'del', path: [0] }],
    [{ op: 'len', path: ['list'], length: 9 }],
    [{ op: 'del', path: [] }],
  ];
  for (const ops of bad) assert.throws(() => applyPatch({ list: [1, 2] } as unknown, ops), PatchError, JSON.stringify(ops));
  assert.throws(() => applyPatch([1, 2], [{ op: 'set', path: [5], value: 1 }]), PatchError, 'no holes in arrays');
  for (const x of [null, {}, [{}], [{ op: 'set', path: 'a', value: 1 }], [{ op: 'set', path: ['a'] }], [{ op: 'len', path: [] }], [{ op: 'x', path: [] }], [{ op: 'set', path: [-1], value: 1 }]]) {
    assert.equal(isPatch(x), false, JSON.stringify(x));
  }
});

test('more changes than the bound: no patch (the whole value is the smaller message)', () => {
  const a = Array.from({ length: 100 }, (_, i) => ({ i }));
  const b = a.map(({ i }) => ({ i: i + 1 }));
  assert.equal(diffJson(a, b, 50), null);
  assert.equal(diffJson(a, b, 100)?.length, 100);
});
