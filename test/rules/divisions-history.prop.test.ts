import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  HISTORY_FIRST_EDITION,
  HISTORY_LAST_EDITION,
  divisionHistory,
  divisionOn,
  isDivisionCodeOn,
  listDivisions,
} from '../../src/rules/division-history.js';
import { suggestDivisions } from '../../src/rules/division-suggest.js';
import { codeOnDate, codesMeant, wasEverListed } from '../../src/rules/division-codes.js';

/**
 * A naive reading of the source table (scripts/division-sources/areacodes-result.csv), written
 * from its header and the rules in the module documentation, not from the generated module: a row
 * "code,name,S,E" is listed in the editions S .. E-1; the edition of year Y is the table of Y-12-31.
 */
interface Row {
  code: string;
  name: string;
  start: number;
  end: number | undefined;
  successors: { code: string; year: number | undefined }[];
}
const rows: Row[] = [];
for (const line of readFileSync(fileURLToPath(new URL('../../scripts/division-sources/areacodes-result.csv', import.meta.url)), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [code = '', name = '', s = '', e = '', succ = ''] = line.split(',');
  if (['71', '81', '82'].includes(code.slice(0, 2))) continue;
  const successors = succ === '' ? [] : succ.split(';').map((x) => ({ code: x.slice(0, 6), year: x.length > 6 ? Number(x.slice(7, 11)) : undefined }));
  rows.push({ code, name, start: Number(s), end: e === '' ? undefined : Number(e), successors });
}
for (const [m, start] of [['11', 1981], ['12', 1981], ['31', 1981], ['50', 1997]] as const) {
  rows.push({ code: `${m}0100`, name: rows.find((r) => r.code === `${m}0000`)?.name ?? '', start, end: undefined, successors: [] });
}
const byCode = new Map<string, Row[]>();
for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
const listed = (code: string, y: number) => (byCode.get(code) ?? []).find((r) => r.start <= y && (r.end === undefined || y < r.end));

/** status, name and provisional flag on a date, by the literal rule. */
function reference(code: string, date: string): { status: string; name?: string; provisional?: boolean; reason?: string } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const exact = m === 12 && d === 31;
  const before = exact ? y : y - 1;
  const decide = (year: number, provisional: boolean) => {
    const r = listed(code, year);
    return r ? { status: 'in-force', name: r.name, provisional } : { status: 'not-in-force', provisional };
  };
  if (before >= HISTORY_LAST_EDITION) return decide(HISTORY_LAST_EDITION, !(exact && y === HISTORY_LAST_EDITION));
  if (before < HISTORY_FIRST_EDITION) return { status: 'uncertain', reason: 'before-first-edition' };
  if (exact) return decide(y, false);
  const a = listed(code, y - 1);
  const b = listed(code, y);
  if (a && a === b) return { status: 'in-force', name: a.name, provisional: false };
  if (!a && !b) return { status: 'not-in-force', provisional: false };
  return { status: 'uncertain', reason: a && b ? 'renamed' : a ? 'retired' : 'created' };
}

function actual(code: string, date: string): { status: string; name?: string; provisional?: boolean; reason?: string } {
  const r = divisionOn(code, date);
  if (r.status === 'in-force') return { status: r.status, name: r.division['zh-CN'], provisional: r.provisional };
  if (r.status === 'not-in-force') return { status: r.status, provisional: r.provisional };
  return { status: r.status, reason: r.reason };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function shift(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  const x = new Date(t);
  return `${pad(x.getUTCFullYear(), 4)}-${pad(x.getUTCMonth() + 1)}-${pad(x.getUTCDate())}`;
}

const codes = [...byCode.keys()].sort();
const aCode = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...codes) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...codes), fc.integer({ min: 0, max: 99 })).map(([c, n]) => c.slice(0, 4) + pad(n)) },
  { weight: 1, arbitrary: fc.stringMatching(/^\d{6}$/) },
);
const aDate = fc.oneof(
  fc.tuple(fc.integer({ min: 1975, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  fc.tuple(fc.integer({ min: 1978, max: 2030 }), fc.constantFrom('12-31', '01-01', '12-30', '06-30')).map(([y, md]) => `${y}-${md}`),
);

describe('dated divisions: properties', () => {
  it('divisionOn agrees with a naive reading of the source table (generated codes and dates)', () => {
    fc.assert(
      fc.property(aCode, aDate, (code, date) => {
        expect(actual(code, date)).toEqual(reference(code, date));
      }),
      { numRuns: 4000 },
    );
  });

  it('… and on the day before, on and after every edition date that starts or ends a record', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const r of rows) {
      const edges = [r.start - 1, r.start, ...(r.end === undefined ? [] : [r.end - 1, r.end])];
      for (const year of edges) {
        for (const date of [shift(`${year}-12-31`, -1), `${year}-12-31`, shift(`${year}-12-31`, 1)]) {
          if (JSON.stringify(actual(r.code, date)) !== JSON.stringify(reference(r.code, date))) wrong.push(`${r.code} ${date}`);
          checked++;
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(30_000);
  });

  it('the code-only check (what the application check reads) agrees with the naive reading and with divisionOn, divisionHistory and suggestDivisions', () => {
    fc.assert(
      fc.property(aCode, aDate, (code, date) => {
        const r = codeOnDate(code, date);
        const ref = reference(code, date);
        expect(r.status).toBe(ref.status);
        if (r.status === 'in-force') expect(r.record.code).toBe(code);
        const named = divisionOn(code, date);
        if (r.status === 'not-in-force' && named.status === 'not-in-force') expect(r.reason).toBe(named.reason);
        if (r.status === 'uncertain' && named.status === 'uncertain') expect([r.reason, r.codeInForce]).toEqual([named.reason, named.codeInForce]);
        expect(wasEverListed(code)).toBe(byCode.has(code));
        expect(wasEverListed(code)).toBe(divisionHistory(code) !== undefined);
        expect(codesMeant(code, date, 3)).toEqual(suggestDivisions(code, date, { limit: 3 }).map((x) => x.code));
      }),
      { numRuns: 1500 },
    );
  });

  it('every successor is in force in the edition of the year its predecessor ended (or of the year of a partial change)', () => {
    const wrong: string[] = [];
    let links = 0;
    for (const code of codes) {
      for (const d of divisionHistory(code)?.periods ?? []) {
        for (const s of d.successors) {
          const year = s.year ?? (d.lastEdition === undefined ? HISTORY_LAST_EDITION : d.lastEdition + 1);
          if (!isDivisionCodeOn(s.code, `${year}-12-31`)) wrong.push(`${code} → ${s.code} in ${year}`);
          links++;
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(links).toBeGreaterThan(3000);
  });

  it("a code's periods are ordered and do not overlap; every period is listed in at least one edition", () => {
    for (const code of codes) {
      const periods = divisionHistory(code)?.periods ?? [];
      expect(periods.length, code).toBeGreaterThan(0);
      for (let i = 0; i < periods.length; i++) {
        const p = periods[i]!;
        expect(p.lastEdition === undefined || p.lastEdition >= p.firstEdition, code).toBe(true);
        expect(p.listedFrom).toBe(`${p.firstEdition}-12-31`);
        if (i > 0) expect(periods[i - 1]!.lastEdition, code).toBeLessThan(p.firstEdition);
      }
    }
  });

  it('listDivisions on a date lists exactly the codes isDivisionCodeOn accepts on it', () => {
    fc.assert(
      fc.property(aDate, fc.constantFrom(undefined, 'province', 'prefecture', 'county') as fc.Arbitrary<'province' | 'prefecture' | 'county' | undefined>, (on, level) => {
        const listedCodes = new Set(listDivisions(level ? { on, level } : { on }).map((d) => d.code));
        const accepted = codes.filter((c) => isDivisionCodeOn(c, on) && (level === undefined || divisionHistory(c)?.periods[0]?.level === level));
        expect([...listedCodes].sort()).toEqual(accepted);
      }),
      { numRuns: 25 },
    );
  });

  it('every county listed under a prefecture names it, and the prefecture is in force then', () => {
    fc.assert(
      fc.property(aDate.filter((d) => d >= '1982-01-01'), (on) => {
        const wrong = listDivisions({ level: 'county', on }).filter(
          (d) => d.province !== `${d.code.slice(0, 2)}0000` || (d.prefecture !== undefined && !isDivisionCodeOn(d.prefecture, on) && divisionOn(d.prefecture, on).status !== 'uncertain'),
        );
        expect(wrong.map((d) => d.code)).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });

  it('suggestions are in force on the date, never the code itself, and only for codes not in force', () => {
    fc.assert(
      fc.property(aCode, aDate.filter((d) => d >= '1982-01-01'), (code, date) => {
        const s = suggestDivisions(code, date);
        if (isDivisionCodeOn(code, date)) expect(s).toEqual([]);
        for (const x of s) {
          expect(x.code).not.toBe(code);
          expect(isDivisionCodeOn(x.code, date)).toBe(true);
        }
        expect(new Set(s.map((x) => x.code)).size).toBe(s.length);
      }),
      { numRuns: 1500 },
    );
  });
});
