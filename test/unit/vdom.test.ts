// Text fitting for the drawings: wrapText breaks at spaces, hyphenates a word
// longer than a line, and says when it left something out; the heat map's
// layout follows the width it is given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wrapToChars as wrapText } from '../../server/src/core/views/text-fit';
import { drawRiskChart, riskLayout } from '../../server/src/core/views/risks/draw';
import { parseRoadmap } from '../../server/src/core/language/parse';
import { computeViews } from '../../server/src/core/views/compute';
import { escapeXml, toMarkup } from '../../server/src/core/views/vdom';

test('wrapText: whole words per line, nothing left out when it fits', () => {
  assert.deepEqual(wrapText('Feil svar som presenteres som fakta', 12, 4), { lines: ['Feil svar', 'som', 'presenteres', 'som fakta'], shortened: false });
  assert.deepEqual(wrapText('  kort  ', 10, 1), { lines: ['kort'], shortened: false });
  assert.deepEqual(wrapText('', 10, 2), { lines: [], shortened: false });
});

test('wrapText: the last line ends with an ellipsis when the text does not fit, and says so', () => {
  const r = wrapText('Personopplysninger om kunder behandles uten et klart formål', 14, 2);
  assert.equal(r.shortened, true);
  assert.equal(r.lines.length, 2);
  assert.ok(r.lines[1]!.endsWith('…'), r.lines[1]);
  for (const line of r.lines) assert.ok([...line].length <= 14, line);
});

test('wrapText: a word longer than a line is broken with a hyphen, every line within the width', () => {
  const r = wrapText('transportsystemet gir', 8, 5);
  assert.deepEqual(r.lines, ['transpo-', 'rtsyste-', 'met gir']);
  for (const line of wrapText('Leverandørbindingsproblematikk', 6, 9).lines) assert.ok([...line].length <= 6, line);
});

test('heat map layout: cells share the width given (within bounds), the SVG says where its grid is', () => {
  assert.equal(riskLayout(640 - 34).cellWidth, 108);
  assert.equal(riskLayout(100).cellWidth, 96, 'never narrower than 96 px');
  assert.equal(riskLayout(4000).cellWidth, 240, 'never wider than 240 px');
  assert.ok(riskLayout(606).width <= 606, 'fits the width it was given');
  const text = 'airoadmap: 1\nrisks:\n  r1:\n    title: Mangelfull datakvalitet i transportsystemet gir upålitelige prognoser\n    category: technical\n    likelihood: 4\n    impact: 4\n';
  const views = computeViews(parseRoadmap(text).model, 'nb');
  const narrow = toMarkup(drawRiskChart(views.risks, views.labels, 606));
  const wide = toMarkup(drawRiskChart(views.risks, views.labels, 1368));
  assert.match(narrow, /data-grid="56 8 108 /);
  assert.match(wide, /data-grid="56 8 240 /);
  // Alone in its cell, the title has five lines: in full at 240 px; at 108 px shortened, its full text in the tooltip.
  assert.ok(!/…<\/tspan>/.test(wide), 'in full when wide');
  assert.ok(/…<\/tspan>/.test(narrow), 'shortened when narrow');
  assert.match(narrow, /<title>Mangelfull datakvalitet i transportsystemet gir upålitelige prognoser: /);
});

test('heat map: a cell with more risks than lines shows four and "+n more", the full titles in the tooltip', () => {
  const risks = Array.from({ length: 7 }, (_, i) => `  r${i}:\n    title: Risk number ${i}\n    category: legal\n    likelihood: 3\n    impact: 3\n`).join('');
  const views = computeViews(parseRoadmap(`airoadmap: 1\nrisks:\n${risks}`).model, 'en');
  const svg = toMarkup(drawRiskChart(views.risks, views.labels, 606));
  assert.equal(svg.match(/class="el risk-entry/g)?.length, 4);
  assert.match(svg, /<text class="more"[^>]*><title>Risk number 4; Risk number 5; Risk number 6<\/title>\+3 more<\/text>/);
});

test('escapeXml: a lone surrogate becomes U+FFFD (no encoding can write it, XML forbids it); a whole pair stays', () => {
  assert.equal(escapeXml('a\uD800b'), 'a\uFFFDb');
  assert.equal(escapeXml('a\uDC00'), 'a\uFFFD');
  assert.equal(escapeXml('\uDC00\uD800'), '\uFFFD\uFFFD', 'a low then a high half is no pair');
  assert.equal(escapeXml('😀 <x>'), '😀 &lt;x&gt;');
  assert.equal(escapeXml('\uD83D\uDE00\uD83D'), '😀\uFFFD');
});
