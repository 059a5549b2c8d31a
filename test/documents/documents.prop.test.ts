/**
 * Properties of the document rules on generated inputs:
 * - any two dates inside one period of a table (between two consecutive starts or stops of its
 *   data, national or local) give the same result, for every table, and the same decisions from
 *   the functions that read them;
 * - `ageOn` is monotonic in the date and agrees with a naive birthday counter;
 * - `expiryDate` is always after the issue date and agrees with naive references;
 * - the reason catalogue has no problems.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../src/documents/age.js';
import { documentFormAt } from '../../src/documents/document-form.js';
import { DOCUMENT_TYPES } from '../../src/documents/document-types.js';
import { exitBans } from '../../src/documents/exit-bans.js';
import { expiryDate } from '../../src/documents/expiry-date.js';
import { renewalGrounds, replacementGrounds } from '../../src/documents/grounds.js';
import { documentRefusals } from '../../src/documents/refusals.js';
import { DOCUMENT_REASONS } from '../../src/documents/tables.js';
import { validityFor } from '../../src/documents/validity.js';
import { catalogueProblems } from '../../src/rules/reasons.js';
import { at } from './document-policy.js';
import { date, day, places, snapshot, starts } from './table-sweep.js';

const FIRST = day('1980-01-01');
const LAST = day('2025-11-30'); // the tables' verified date

/** The periods [start, end] (epoch days, inclusive) cut by a set of start points within [FIRST, LAST]. */
function periods(s: Set<number>): [number, number][] {
  const cuts = [...s].filter((d) => d > FIRST && d <= LAST).sort((a, b) => a - b);
  const bounds = [FIRST, ...cuts, LAST + 1];
  return bounds.slice(0, -1).map((b, i) => [b, (bounds[i + 1] as number) - 1]);
}

/** Two days inside one of the periods. */
const twoDaysIn = (ps: [number, number][]) =>
  fc.integer({ min: 0, max: ps.length - 1 }).chain((i) => {
    const [a, b] = ps[i] as [number, number];
    return fc.tuple(fc.integer({ min: a, max: b }), fc.integer({ min: a, max: b }));
  });

describe('within one period of a table, every date gives the same result', () => {
  for (const p of places()) {
    it(`${p.spec.id} (${p.division ?? 'national'})`, () => {
      const ps = periods(starts(p.items));
      fc.assert(
        fc.property(twoDaysIn(ps), ([a, b]) => snapshot(at(date(a), p.division), p.spec) === snapshot(at(date(b), p.division), p.spec)),
        { numRuns: 60 },
      );
    });
  }

  it('and so do the decisions that read them (form, validity for an adult, grounds, refusals, exit bans)', () => {
    const all = new Set<number>();
    for (const p of places()) for (const d of starts(p.items)) all.add(d);
    const ps = periods(all);
    const flags = { servingSentence: true, criminalSuspect: true, fraud: true, reeducationThroughLabour: true, registeredPersonnel: { approvalLetter: false } };
    const decide = (d: number, division: string | undefined) => {
      const view = at(date(d), division);
      return JSON.stringify(
        DOCUMENT_TYPES.map((type) => {
          const v = validityFor({ view, type, birthDate: '1900-01-01', acceptedOn: view.date, variant: 'multiple' });
          return [
            documentFormAt(view, type),
            v.kind === 'validity' ? [v.form, v.applied, v.term, v.extension, v.cites, v.uncertain] : v,
            renewalGrounds(view, type),
            replacementGrounds(view, type),
            documentRefusals({ view, type, flags }),
          ];
        }).concat([exitBans({ view, flags: { servingSentence: true, reeducationThroughLabour: true, refusesInspection: true } })]),
      );
    };
    fc.assert(
      fc.property(twoDaysIn(ps), fc.constantFrom(undefined, '440100', '350200', '510100'), ([a, b], division) => decide(a, division) === decide(b, division)),
      { numRuns: 150 },
    );
  });
});

const civil = (min: string, max: string) => fc.integer({ min: day(min), max: day(max) }).map(date);

/** Naive reference: count the birthdays on or before `on`, a 29 February birthday falling on 1 March in common years. */
function naiveAge(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  let age = 0;
  for (let y = by + 1; ; y++) {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const birthday = bm === 2 && bd === 29 && !leap ? `${y}-03-01` : `${y}-${String(bm).padStart(2, '0')}-${String(bd).padStart(2, '0')}`;
    if (birthday > on) return age;
    age++;
  }
}

describe('ageOn', () => {
  it('is monotonic in the date', () => {
    fc.assert(
      fc.property(civil('1900-01-01', '2030-12-31'), fc.nat(40_000), fc.nat(40_000), (birth, x, y) => {
        const [d1, d2] = [day(birth) + Math.min(x, y), day(birth) + Math.max(x, y)];
        return ageOn(birth, date(d1)) <= ageOn(birth, date(d2));
      }),
    );
  });

  it('agrees with a naive birthday counter (29 February births included)', () => {
    const leapBirth = fc.integer({ min: 1901, max: 2020 }).filter((y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0).map((y) => `${y}-02-29`);
    fc.assert(
      fc.property(fc.oneof(civil('1900-01-01', '2025-12-31'), leapBirth), fc.nat(30_000), (birth, n) => {
        const on = date(day(birth) + n);
        return ageOn(birth, on) === naiveAge(birth, on);
      }),
    );
  });

  it('goes up by exactly one on each birthday', () => {
    fc.assert(
      fc.property(civil('1950-01-01', '2010-12-31'), fc.integer({ min: 1, max: 80 }), (birth, n) => {
        const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
        const target = y + n;
        const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
        const birthday = m === 2 && d === 29 && !leap ? `${target}-03-01` : `${target}-${birth.slice(5)}`;
        return ageOn(birth, birthday) === n && ageOn(birth, date(day(birthday) - 1)) === n - 1;
      }),
    );
  });
});

describe('expiryDate', () => {
  it('is always after the issue date, and later for longer terms', () => {
    fc.assert(
      fc.property(civil('1986-01-01', '2030-12-31'), fc.integer({ min: 1, max: 20 }), (issued, years) => {
        const e = expiryDate(issued, years);
        return e > issued && expiryDate(issued, years + 1) > e;
      }),
    );
    fc.assert(fc.property(civil('1986-01-01', '2030-12-31'), fc.integer({ min: 1, max: 240 }), (issued, months) => expiryDate(issued, { months }) > issued));
  });

  it('years: agrees with Date.UTC, whose day overflow rolls 29 February forward to 1 March', () => {
    fc.assert(
      fc.property(civil('1986-01-01', '2030-12-31'), fc.integer({ min: 1, max: 20 }), (issued, years) => {
        const [y, m, d] = issued.split('-').map(Number) as [number, number, number];
        const reference = new Date(Date.UTC(y + years, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
        return expiryDate(issued, years) === reference;
      }),
    );
  });

  it('months: the day before the same day n months on, or the last day of that month when it has no such day', () => {
    fc.assert(
      fc.property(civil('1986-01-01', '2030-12-31'), fc.integer({ min: 1, max: 240 }), (issued, months) => {
        const [y, m, d] = issued.split('-').map(Number) as [number, number, number];
        const firstOfTarget = Date.UTC(y, m - 1 + months, 1);
        const lastDay = new Date(Date.UTC(y, m + months, 0)).getUTCDate();
        const reference = d <= lastDay ? firstOfTarget + (d - 2) * 86_400_000 : firstOfTarget + (lastDay - 1) * 86_400_000;
        return expiryDate(issued, { months }) === new Date(reference).toISOString().slice(0, 10);
      }),
    );
  });

  it('a 12-month term is a 1-year term', () => {
    fc.assert(fc.property(civil('1986-01-01', '2030-12-31'), fc.integer({ min: 1, max: 20 }), (issued, n) => expiryDate(issued, { months: 12 * n }) === expiryDate(issued, n)));
  });
});

describe('reason catalogue', () => {
  it('has no problems: dotted codes, both locales, every parameter declared and used', () => {
    expect(catalogueProblems(DOCUMENT_REASONS)).toEqual([]);
  });
});
