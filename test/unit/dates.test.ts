/**
 * Calendar arithmetic on day numbers (server/src/core/language/dates.ts): the
 * plan's weeks and "6 months after" the start, clamped to the month's last
 * day. Every date here is written out; nothing reads the clock.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addMonths, dayOf, daysInMonth, isoOf, weekDays } from '../../server/src/core/language/dates';

const day = (iso: string): number => {
  const d = dayOf(iso);
  assert.ok(d !== undefined, iso);
  return d;
};
const plus6 = (iso: string): string => isoOf(addMonths(day(iso), 6));

describe('dates', () => {
  it('dayOf reads real calendar dates only, and isoOf writes them back', () => {
    assert.equal(dayOf('1970-01-01'), 0);
    assert.equal(dayOf('1970-01-02'), 1);
    assert.equal(dayOf('1969-12-31'), -1);
    for (const iso of ['2027-01-04', '2028-02-29', '2000-02-29', '2026-12-31']) assert.equal(isoOf(day(iso)), iso);
    for (const bad of ['2027-02-29', '2100-02-29', '2027-02-30', '2027-13-01', '2027-00-10', '2027-04-31', '2027-1-4', '2027-01-04T00:00', ' 2027-01-04', '']) {
      assert.equal(dayOf(bad), undefined, bad);
    }
  });

  it('daysInMonth knows the leap years (every 4th, not every 100th, every 400th)', () => {
    assert.equal(daysInMonth(2027, 2), 28);
    assert.equal(daysInMonth(2028, 2), 29);
    assert.equal(daysInMonth(2100, 2), 28);
    assert.equal(daysInMonth(2000, 2), 29);
    assert.equal(daysInMonth(2027, 4), 30);
    assert.equal(daysInMonth(2027, 12), 31);
  });

  it('addMonths keeps the day of the month, clamped to the last day of a shorter month', () => {
    assert.equal(plus6('2027-01-04'), '2027-07-04');
    assert.equal(plus6('2026-08-31'), '2027-02-28', '31 August + 6 months: no 31 February, so the 28th');
    assert.equal(plus6('2027-08-31'), '2028-02-29', 'in a leap year, the 29th');
    assert.equal(plus6('2027-08-29'), '2028-02-29');
    assert.equal(plus6('2027-08-30'), '2028-02-29');
    assert.equal(plus6('2099-08-31'), '2100-02-28', '2100 is not a leap year');
    assert.equal(plus6('2026-12-31'), '2027-06-30', 'June has 30 days');
    assert.equal(plus6('2026-07-31'), '2027-01-31', 'across the year, no clamping needed');
    assert.equal(isoOf(addMonths(day('2028-02-29'), 12)), '2029-02-28', 'a leap day a year later');
    assert.equal(isoOf(addMonths(day('2027-03-31'), -1)), '2027-02-28', 'backwards too');
    assert.equal(isoOf(addMonths(day('2027-01-15'), 0)), '2027-01-15');
  });

  it("weekDays: week w runs from start + 7(w - 1) to start + 7w - 1", () => {
    const start = day('2027-01-04');
    assert.deepEqual(weekDays(start, 1), { first: start, last: start + 6 });
    assert.equal(isoOf(weekDays(start, 1).last), '2027-01-10');
    assert.equal(isoOf(weekDays(start, 2).first), '2027-01-11');
    assert.equal(isoOf(weekDays(start, 12).last), '2027-03-28', 'the 84th day');
    const leap = day('2028-02-23');
    assert.equal(isoOf(weekDays(leap, 1).last), '2028-02-29', 'a week across the leap day');
    assert.equal(isoOf(weekDays(leap, 2).first), '2028-03-01');
    const yearEnd = day('2026-12-28');
    assert.equal(isoOf(weekDays(yearEnd, 1).last), '2027-01-03', 'a week across the new year');
  });
});
