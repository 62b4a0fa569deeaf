/** Settings mapping and locale resolution shared by the client and the server. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clientLocale, settingsSnapshot } from '../../client/src/client-settings';
import { CLIENT_MESSAGES } from '../../client/src/client-messages';
import { localeFromTag, parseGuideRange, parseSettings, resolveLocale, toCheckOptions } from '../../server/src/lsp/settings';

describe('locale resolution', () => {
  it('maps Norwegian tags to nb and everything else to en', () => {
    for (const tag of ['nb', 'nb-NO', 'no', 'nn', 'NN-no', 'nb_NO']) assert.equal(localeFromTag(tag), 'nb', tag);
    for (const tag of ['en', 'en-US', 'de', 'sv', '', 'nbx', undefined, null]) assert.equal(localeFromTag(tag), 'en', String(tag));
  });

  it('auto follows the editor, an explicit language wins', () => {
    assert.equal(resolveLocale('auto', 'nb-NO'), 'nb');
    assert.equal(resolveLocale('auto', 'en-GB'), 'en');
    assert.equal(resolveLocale('en', 'nb'), 'en');
    assert.equal(resolveLocale('nb', 'en'), 'nb');
    assert.equal(resolveLocale('klingon', 'nn'), 'nb');
    assert.equal(resolveLocale(undefined, undefined), 'en');
  });
});

describe('settings mapping', () => {
  it('keeps valid values and drops malformed ones one by one', () => {
    const settings = parseSettings({
      severity: { 'kpi-unused': 'off', 'use-case-no-risk': 'warning', 'kpi-no-unit': 'loud', 'x-y': 3 },
      language: 'nb',
      guides: { trainingBudget: [1000, 4000], firstYearBudget: [5, 1], runningCost: [1, 2, 3] },
    });
    assert.deepEqual(settings, {
      severity: { 'kpi-unused': 'off', 'use-case-no-risk': 'warning' },
      language: 'nb',
      guides: { trainingBudget: [1000, 4000] },
    });
  });

  it('anything that is not an object gives the defaults', () => {
    for (const raw of [null, undefined, 5, 'x', [1, 2]]) {
      assert.deepEqual(parseSettings(raw), { severity: {}, language: 'auto', guides: {} });
    }
  });

  it('guide ranges must be two finite numbers in order', () => {
    assert.deepEqual(parseGuideRange([0, 0]), [0, 0]);
    assert.equal(parseGuideRange([Number.NaN, 2]), undefined);
    assert.equal(parseGuideRange(['1', 2]), undefined);
    assert.equal(parseGuideRange(null), undefined);
  });

  it('becomes the core’s check options', () => {
    const options = toCheckOptions(parseSettings({ severity: { 'kpi-unused': 'error' }, guides: { runningCost: [100, 200] } }), 'no');
    assert.deepEqual(options, { locale: 'nb', severities: { 'kpi-unused': 'error' }, guides: { runningCost: [100, 200] } });
  });

  it('the client reads the dotted VS Code keys into the same shape', () => {
    const values: Record<string, unknown> = {
      severity: { 'kpi-unused': 'hint' },
      language: 'en',
      'guides.trainingBudget': [2500, 4500],
      'guides.firstYearBudget': null,
      'guides.runningCost': undefined,
    };
    const get = (key: string) => values[key];
    assert.deepEqual(settingsSnapshot(get), { severity: { 'kpi-unused': 'hint' }, language: 'en', guides: { trainingBudget: [2500, 4500] } });
    assert.equal(clientLocale(get, 'nb'), 'en');
    assert.equal(clientLocale(() => undefined, 'nb-NO'), 'nb');
  });
});

describe('client messages', () => {
  it('exist in both languages and differ', () => {
    const en = CLIENT_MESSAGES.en;
    const nb = CLIENT_MESSAGES.nb;
    assert.notEqual(en.restarted, nb.restarted);
    assert.match(en.gaveUp(5, 3), /5 times in 3 minutes/);
    assert.match(nb.gaveUp(5, 3), /5 ganger på 3 minutter/);
    for (const key of Object.keys(en) as (keyof typeof en)[]) assert.ok(nb[key], `nb has ${key}`);
  });
});
