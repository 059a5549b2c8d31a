/**
 * Temporal coverage of the document tables (Catala-style): every `from` and `to` of every
 * table, national and local, is evaluated the day before, on and after; the result must change
 * exactly where the data says something starts or stops, and nowhere else. And every table is
 * in force, with its data loading through the policy validator, up to its verified date.
 */
import { describe, expect, it } from 'vitest';
import { documentFormAt } from '../../src/documents/document-form.js';
import { DOCUMENT_TYPES } from '../../src/documents/document-types.js';
import { DOCUMENT_LOCAL, DOCUMENT_NATIONAL, DOCUMENT_TABLES } from '../../src/documents/tables.js';
import { PolicyValidationError, parsePolicy, validatePolicyWith } from '../../src/rules/validate-policy.js';
import { at } from './document-policy.js';
import { date, day, places, snapshot, starts } from './table-sweep.js';

describe('boundary sweep: every from/to, the day before, on and after', () => {
  const all = places();

  it('covers every table', () => {
    expect(new Set(all.map((p) => p.spec.id))).toEqual(new Set(DOCUMENT_TABLES.map((s) => s.id)));
    expect(all.length).toBe(DOCUMENT_TABLES.length + 2); // two local pilots
  });

  it.each(all.map((p) => ({ id: p.spec.id, division: p.division ?? 'national', p })))('$id ($division)', ({ p }) => {
    const s = starts(p.items);
    let checked = 0;
    for (const item of p.items) {
      for (const point of [item.from, item.to].filter((x): x is string => x !== undefined)) {
        const days = [day(point) - 1, day(point), day(point) + 1];
        const shots = days.map((d) => snapshot(at(date(d), p.division), p.spec));
        for (let i = 1; i < days.length; i++) {
          const changed = shots[i] !== shots[i - 1];
          // A change between d-1 and d exactly when the data starts or stops something on d.
          expect({ on: date(days[i] as number), changed }).toEqual({ on: date(days[i] as number), changed: s.has(days[i] as number) });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('documentFormAt changes only on the form tables\' dates, at the pilots and elsewhere', () => {
    const chain = (division: string) => [division, `${division.slice(0, 4)}00`, `${division.slice(0, 2)}0000`];
    for (const type of DOCUMENT_TYPES) {
      const id = `document.form.${type}`;
      for (const division of [undefined, '440100', '350200', '510100']) {
        const local = division === undefined ? [] : chain(division).flatMap((c) => DOCUMENT_LOCAL[c]?.[id] ?? []);
        const items = [DOCUMENT_NATIONAL[id], ...local].flatMap((t) => (t?.kind === 'value' ? t.entries : []));
        const s = starts(items);
        for (const d of s) {
          const shot = (n: number) => JSON.stringify(documentFormAt(at(date(n), division), type));
          expect(shot(d)).not.toBe(shot(d - 1));
          if (!s.has(d + 1)) expect(shot(d + 1)).toBe(shot(d));
        }
      }
    }
  });
});

describe('coverage and loading', () => {
  it('every value table is in force on its verified date (no table silently stops)', () => {
    for (const spec of DOCUMENT_TABLES) {
      const data = DOCUMENT_NATIONAL[spec.id];
      expect(data?.verifiedThrough).toBe('2025-11-30');
      if (spec.kind === 'value') expect(at('2025-11-30').value(spec)).toMatchObject({ inForce: true });
      else expect(at('2025-11-30').members(spec).length).toBeGreaterThan(0);
    }
  });

  it('every entry carries a citation with an issuer and a title, and the reason an uncertain one is uncertain', () => {
    const tables = [...Object.values(DOCUMENT_NATIONAL), ...Object.values(DOCUMENT_LOCAL).flatMap((t) => Object.values(t))];
    for (const t of tables) {
      for (const item of t.kind === 'value' ? t.entries : t.members) {
        expect(item.cite.issuer.length).toBeGreaterThan(0);
        expect(item.cite.title.length).toBeGreaterThan(0);
        if (item.uncertain !== undefined) expect(item.uncertain.length).toBeGreaterThan(20);
      }
    }
  });

  it('local measures exist only for tables that allow them, at real divisions', () => {
    const ok = validatePolicyWith({ schema: 'churujing.policy/1', id: 'x', national: DOCUMENT_NATIONAL, local: { '440000': { tables: DOCUMENT_LOCAL['440000'] } }, changes: [] }, DOCUMENT_TABLES);
    expect(ok.ok).toBe(true);
    const bad = validatePolicyWith(
      { schema: 'churujing.policy/1', id: 'x', national: DOCUMENT_NATIONAL, local: { '440000': { tables: { 'document.validity.passport': DOCUMENT_NATIONAL['document.validity.passport'] } } }, changes: [] },
      DOCUMENT_TABLES,
    );
    expect(bad.ok === false && bad.issues.map((i) => i.code)).toEqual(['not-local']);
  });

  // Negative fixtures: one bad table per failure mode, each caught by the validator.
  const base = DOCUMENT_NATIONAL['document.form.passport'];
  const cases: readonly { name: string; table: string; data: unknown; code: string }[] = [
    { name: 'a form that does not exist', table: 'document.form.passport', data: { ...base, entries: [{ from: '1986-02-01', value: 'scroll', cite: { issuer: 'x', title: 'y' } }] }, code: 'invalid_value' },
    { name: 'an entry without a citation', table: 'document.form.passport', data: { ...base, entries: [{ from: '1986-02-01', value: 'booklet' }] }, code: 'invalid_type' },
    {
      name: 'a gap in a continuous table',
      table: 'document.form.passport',
      data: { ...base, entries: [{ from: '1986-02-01', to: '2012-05-13', value: 'booklet', cite: { issuer: 'x', title: 'y' } }, { from: '2012-05-15', value: 'electronic-booklet', cite: { issuer: 'x', title: 'y' } }] },
      code: 'gap',
    },
    {
      name: 'an age rule without its terms',
      table: 'document.validity.passport',
      data: { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2007-01-01', value: { booklet: { basis: 'age', threshold: 16 } }, cite: { issuer: 'x', title: 'y' } }] },
      code: 'invalid_type',
    },
    {
      name: 'a ground code that is not in the catalogue',
      table: 'document.renewal-grounds.passport',
      data: { kind: 'set', verifiedThrough: '2025-11-30', members: [{ member: 'bored', from: '2007-01-01', cite: { issuer: 'x', title: 'y' } }] },
      code: 'invalid_value',
    },
  ];
  it.each(cases)('rejects $name', ({ table, data, code }) => {
    const input = { schema: 'churujing.policy/1', id: 'bad', national: { ...DOCUMENT_NATIONAL, [table]: data }, local: {}, changes: [] };
    expect(() => parsePolicy(input, DOCUMENT_TABLES)).toThrow(PolicyValidationError);
    const r = validatePolicyWith(input, DOCUMENT_TABLES);
    expect(r.ok === false && r.issues.some((i) => i.code === code)).toBe(true);
  });
});
