// The bench's generator: the first shape stays byte for byte what earlier
// sessions measured (their tables compare with it); the second, a draft,
// carries about two diagnostics per use case and unknown references.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { generateRoadmap } from '../../bench/generate';
import { checkText } from '../../server/src/core/index';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

test('the valid shape is the file the earlier tables were measured on', () => {
  assert.equal(sha(generateRoadmap(100).text), '5094f60aa8816dc005db63abccff8b9a568e15150e3ee6f53aa036840e290d8f');
  assert.equal(generateRoadmap(100, undefined, 'valid').text, generateRoadmap(100).text);
});

test('the findings shape: about two diagnostics per use case, unknown references among them, the same text every time', () => {
  for (const n of [100, 400]) {
    const text = generateRoadmap(n, undefined, 'findings').text;
    assert.equal(text, generateRoadmap(n, undefined, 'findings').text, 'deterministic');
    const { diagnostics } = checkText(text, { today: '2027-02-15' });
    const perUseCase = diagnostics.length / n;
    assert.ok(perUseCase >= 1.5 && perUseCase <= 3, `${n}: ${perUseCase.toFixed(2)} diagnostics per use case`);
    assert.ok(diagnostics.some((d) => d.code === 'unknown-reference'), 'references that do not resolve');
    assert.ok(!diagnostics.some((d) => d.code === 'yaml-syntax'), 'still valid YAML');
    const valid = checkText(generateRoadmap(n).text, { today: '2027-02-15' }).diagnostics.length;
    assert.ok(diagnostics.length > 4 * valid, `${n}: more findings than the valid shape (${diagnostics.length} vs ${valid})`);
  }
});
