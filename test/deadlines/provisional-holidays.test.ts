/**
 * Past the published calendar (beyondCalendar: provisionalYears for the calendar functions,
 * 'provisional' for the deadline functions): the statutory days off of
 * 《全国年节及纪念日放假办法》 (2024 revision, in force from 2025-01-01) on a cited table of lunar and
 * solar-term dates, checked here against independent implementations:
 * - the ICU Chinese calendar behind Intl (a second implementation of the lunar calendar);
 * - the chinese-days package's 1900–2100 lunar and solar-term tables (a third);
 * - the solar longitude of Meeus ch. 25 for 清明 (a fourth, written out here);
 * and the statute's rules against the notices the State Council published for 2025 and 2026.
 */
import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarRangeError,
  PROVISIONAL_BASIS,
  addWorkingDays,
  calendarCoverage,
  computeDeadline,
  deadlineStatus,
  defaultCalendar,
  defaultPolicy,
  describeDay,
  extendCalendar,
  isWorkingDay,
  nextWorkingDay,
  policyAt,
  previousWorkingDay,
  processingDeadline,
  provisionalYears,
  workingDaysBetween,
} from '../../src/index.js';
import { renderReason } from '../../src/rules/reasons.js';
import { PROCESSING_REASON_CATALOGUE as PROCESSING_REASONS } from '../../src/deadlines/processing-reasons.js';
import { assumedDaysOff, lunarDates } from '../../src/deadlines/provisional-holidays.js';
import { formatCivilDate, isoWeekday, parseCivilDate } from '../../src/rules/civil-date.js';

const YEARS = Array.from({ length: 2051 - 2025 + 1 }, (_, i) => 2025 + i);
const P = { beyondCalendar: provisionalYears } as const;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const table = (year: number) => {
  const r = lunarDates(year);
  if (!r) throw new Error(`no row for ${year}`);
  const at = (mmdd: string) => `${year}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`;
  return { spring: at(r[0]), qingming: at(r[1]), dragon: at(r[2]), midAutumn: at(r[3]) };
};

/** The first day of a year with the given ICU Chinese-calendar month and day (no leap month). */
const icu = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
function icuDate(year: number, month: number, day: number): string | undefined {
  for (let t = Date.UTC(year, 0, 1); t <= Date.UTC(year, 11, 31); t += DAY) {
    const parts = Object.fromEntries(icu.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    if (parts['month'] === String(month) && parts['day'] === String(day)) return iso(t);
  }
  return undefined;
}

/** Apparent solar longitude, Meeus ch. 25 (low accuracy, ~0.01°): an independent reading of 清明. */
function qingmingByFormula(year: number): string {
  const rad = (d: number) => (d * Math.PI) / 180;
  const lon = (jde: number) => {
    const T = (jde - 2451545) / 36525;
    const M = 357.52911 + 35999.05029 * T;
    const C = (1.914602 - 0.004817 * T) * Math.sin(rad(M)) + 0.019993 * Math.sin(rad(2 * M)) + 0.000289 * Math.sin(rad(3 * M));
    return ((280.46646 + 36000.76983 * T + C - 0.00569 - 0.00478 * Math.sin(rad(125.04 - 1934.136 * T))) % 360 + 360) % 360;
  };
  let jde = 2451545 + 365.2422 * (year - 2000) + (95 / 360) * 365.2422;
  for (let i = 0; i < 40; i++) jde += ((((15 - lon(jde) + 540) % 360) - 180) * 365.2422) / 360;
  const deltaT = 62.92 + 0.32217 * (year - 2000) + 0.005589 * (year - 2000) ** 2; // seconds (Espenak & Meeus)
  return iso((jde - deltaT / 86400 - 2440587.5) * DAY + 8 * 3_600_000); // Beijing time
}

describe('the lunar and solar-term table (2025–2051)', () => {
  // ICU puts 正月初一 of 2027 and 2030 on the other side of midnight: the new moon is at 23:56 on
  // 2027-02-06 and at 00:07 on 2030-02-03, Beijing time (scripts/lunar-festivals.mjs); the HKO
  // (blog of 2013-05-03, table 1) and chinese-days give 2030-02-03.
  const ICU_DIFFERS: Readonly<Record<string, string>> = { '2027 spring': '2027-02-07', '2030 spring': '2030-02-02' };

  it.each(YEARS)('%i: 正月初一, 端午 and 中秋 agree with the ICU Chinese calendar (but where a new moon is minutes from midnight)', (year) => {
    const t = table(year);
    for (const [name, ours, theirs] of [
      ['spring', t.spring, icuDate(year, 1, 1)],
      ['dragon', t.dragon, icuDate(year, 5, 5)],
      ['midAutumn', t.midAutumn, icuDate(year, 8, 15)],
    ] as const) {
      const known = ICU_DIFFERS[`${year} ${name}`];
      if (known) {
        expect(theirs, `${year} ${name}: ICU still differs by a day`).toBe(known);
        expect(Math.abs(Date.parse(ours) - Date.parse(known))).toBe(DAY);
      } else expect(ours, `${year} ${name}`).toBe(theirs);
    }
  });

  // chinese-days converts in the host's local time (dayjs): it is read under Asia/Shanghai only
  it.runIf(process.env.TZ === 'Asia/Shanghai').each(YEARS)('%i: every date agrees with chinese-days (its own lunar and solar-term tables)', (year) => {
    const t = table(year);
    expect(t.spring).toBe(chineseDays.getSolarDateFromLunar(`${year}-01-01`).date);
    expect(t.dragon).toBe(chineseDays.getSolarDateFromLunar(`${year}-05-05`).date);
    expect(t.midAutumn).toBe(chineseDays.getSolarDateFromLunar(`${year}-08-15`).date);
    const terms = chineseDays.getSolarTermsInRange(`${year}-04-01`, `${year}-04-10`) as { date: string; name: string }[];
    expect(t.qingming).toBe(terms.find((x) => x.name === '清明')?.date);
  });

  it.each(YEARS)('%i: 清明 agrees with the solar longitude of Meeus ch. 25', (year) => {
    expect(table(year).qingming).toBe(qingmingByFormula(year));
  });

  it('is cited: the statute and the source of the dates', () => {
    expect(PROVISIONAL_BASIS.statute).toMatchObject({ issuer: '国务院', title: '全国年节及纪念日放假办法', number: '国务院令第798号', effective: '2025-01-01' });
    expect(PROVISIONAL_BASIS.lunarDates.url).toMatch(/^https:\/\/www\.hko\.gov\.hk\//);
    expect(Object.isFrozen(PROVISIONAL_BASIS) && Object.isFrozen(PROVISIONAL_BASIS.statute)).toBe(true);
  });
});

describe('the statute’s days off (art. 2 and art. 6)', () => {
  it.each(YEARS)('%i: thirteen weekdays off, each a statutory day or given back for one on a weekend', (year) => {
    const days = assumedDaysOff(year);
    expect(days).toHaveLength(13); // art. 2: 13 days; art. 6: a weekend one is given back on a working day
    for (const { day, assumed } of days) {
      expect(isoWeekday(day)).toBeLessThanOrEqual(5);
      expect(assumed.date).toBe(formatCivilDate(day));
      expect(assumed.cite.article).toBe(assumed.basis === 'statutory' ? '第二条' : '第六条');
    }
    const t = table(year);
    const eve = iso(Date.parse(t.spring) - DAY);
    const statutory = [`${year}-01-01`, eve, t.spring, iso(Date.parse(t.spring) + DAY), iso(Date.parse(t.spring) + 2 * DAY), t.qingming, `${year}-05-01`, `${year}-05-02`, t.dragon, t.midAutumn, `${year}-10-01`, `${year}-10-02`, `${year}-10-03`];
    const weekdays = statutory.filter((d) => isoWeekday(parseCivilDate(d)) <= 5);
    const listed = days.filter((d) => d.assumed.basis === 'statutory').map((d) => d.assumed.date);
    // every statutory weekday is off (once, even when two holidays fall on it)
    expect([...new Set(weekdays)].sort()).toEqual(listed);
    // and each substitute comes after the day it stands for
    expect(days.filter((d) => d.assumed.basis === 'substitute').length).toBe(13 - listed.length);
  });

  it.each([2025, 2026])('%i: every day the rules give off is a day off in the State Council’s notice for the year', (year) => {
    for (const { assumed } of assumedDaysOff(year)) {
      const real = describeDay(assumed.date);
      expect(real.working, `${assumed.date} (${assumed.holiday.en}, ${assumed.basis})`).toBe(false);
      expect(real.kind).toBe('holiday');
    }
  });
});

/** A naive day-by-day reading of the provisional calendar: the published one, then weekdays that are not assumed off. */
const ASSUMED = YEARS.flatMap((y) => assumedDaysOff(y)).map((a) => a.assumed);
const OFF = new Set(ASSUMED.map((a) => a.date));
function naiveWorking(date: string): boolean {
  if (date <= '2026-12-31') return isWorkingDay(date);
  return isoWeekday(parseCivilDate(date)) <= 5 && !OFF.has(date);
}

function naiveAdd(date: string, n: number): string {
  let t = Date.parse(date);
  for (let left = Math.abs(n); left > 0; ) {
    t += Math.sign(n) * DAY;
    if (naiveWorking(iso(t))) left--;
  }
  return iso(t);
}

describe('calendar functions with beyondCalendar: provisional', () => {
  const day = fc.integer({ min: Date.parse('2026-06-01') / DAY, max: Date.parse('2051-02-01') / DAY }).map((d) => iso(d * DAY));

  it('addWorkingDays and workingDaysBetween agree with a naive day-by-day count on the assumed days', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -200, max: 200 }), (d, n) => {
        const r = addWorkingDays(d, n, P);
        expect(r.value).toBe(naiveAdd(d, n));
        // working days in (d, result] are n for n >= 0; for n < 0, (result, d] holds |n| - 1 of them, and d when it is one
        if (n >= 0) expect(workingDaysBetween(d, r.value, P).value).toBe(n);
        else expect(workingDaysBetween(r.value, d, P).value).toBe(-n - 1 + (naiveWorking(d) ? 1 : 0));
        expect(r.provisional).toBe(d > '2026-12-31' || r.value > '2026-12-31');
        expect(r.publishedThrough).toBe('2026-12-31');
        // the assumed days are exactly the days off assumed between the two dates
        const [lo, hi] = d < r.value ? [d, r.value] : [r.value, d];
        const expected = ASSUMED.filter((a) => a.date > '2026-12-31' && a.date >= lo && a.date <= hi);
        expect(r.assumed).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('isWorkingDay, next/previousWorkingDay and describeDay mark the days they assumed', () => {
    expect(isWorkingDay('2027-01-01', P)).toMatchObject({ value: false, provisional: true, assumed: [{ date: '2027-01-01', basis: 'statutory', holiday: { key: 'new-year' } }] });
    // 2027: 除夕 Friday 02-05, 初一 and 初二 on the weekend, 初三 Monday: two weekdays given back
    expect(isWorkingDay('2027-02-09', P)).toMatchObject({ value: false, provisional: true, assumed: [{ date: '2027-02-09', basis: 'substitute', holiday: { key: 'spring-festival' } }] });
    expect(isWorkingDay('2027-02-11', P)).toEqual({ value: true, provisional: true, publishedThrough: '2026-12-31', assumed: [] });
    expect(isWorkingDay('2026-12-31', P)).toEqual({ value: true, provisional: false, publishedThrough: '2026-12-31', assumed: [] });
    expect(nextWorkingDay('2026-12-31', P).value).toBe('2027-01-04');
    expect(previousWorkingDay('2027-01-04', P)).toMatchObject({ value: '2026-12-31', provisional: true });
    const d = describeDay('2027-10-01', P);
    expect(d).toMatchObject({ date: '2027-10-01', working: false, kind: 'holiday', holiday: { key: 'national-day' }, provisional: true });
    expect(d.notice).toBeUndefined(); // no notice sets it: the statute does
    expect(d.assumed[0]?.cite.title).toBe('全国年节及纪念日放假办法');
    expect(calendarCoverage().provisionalTo).toBe('2051-12-31');
  });

  it('the default stays an error, and past 2051 even the provisional calendar is an error', () => {
    expect(() => addWorkingDays('2026-12-30', 5)).toThrow(CalendarRangeError);
    const e = (() => {
      try {
        addWorkingDays('2051-12-20', 30, P);
      } catch (x) {
        return x as CalendarRangeError;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(CalendarRangeError);
    expect(e?.coverage).toEqual({ from: '2004-01-01', to: '2051-12-31' });
    expect(() => isWorkingDay('2052-01-02', P)).toThrow(CalendarRangeError);
  });

  it('when the notice is added with extendCalendar, the real calendar wins', () => {
    // a fictional 2027 arrangement (test fixture): eight days of Spring Festival with two make-up Saturdays
    const cal = extendCalendar(defaultCalendar(), {
      year: 2027,
      notice: { issuer: '国务院办公厅', title: '国务院办公厅关于2027年部分节假日安排的通知（测试夹具，虚构）' },
      holidays: [
        { name: 'new-year', offDays: ['2027-01-01'] },
        { name: 'spring-festival', offDays: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'], workDays: ['2027-01-30', '2027-02-20'] },
      ],
    });
    const o = { calendar: cal, beyondCalendar: provisionalYears } as const;
    expect(isWorkingDay('2027-02-11', o)).toEqual({ value: false, provisional: false, publishedThrough: '2027-12-31', assumed: [] });
    expect(isWorkingDay('2027-02-20', o)).toMatchObject({ value: true, provisional: false });
    expect(isWorkingDay('2028-01-01', o)).toMatchObject({ value: false, provisional: true, publishedThrough: '2027-12-31' });
    const d = computeDeadline({ start: '2027-02-01', rule: { unit: 'working-days', count: 10 }, calendar: cal, beyondCalendar: 'provisional' });
    expect(d.provisional).toBeUndefined();
    expect(d.due).toBe(addWorkingDays('2027-02-01', 10, cal));
  });
});

describe('the mode is a value for the calendar functions', () => {
  it("the string 'provisional' is refused there with the value to pass, and still taken by the deadline functions", () => {
    let e: unknown;
    try {
      isWorkingDay('2027-01-01', { beyondCalendar: 'provisional' } as never);
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(Error);
    expect((e as { issues: { path: unknown[]; code: string; message: string }[] }).issues).toMatchObject([{ path: ['options', 'beyondCalendar'], code: 'invalid-option' }]);
    expect((e as { issues: { message: string }[] }).issues[0]?.message).toMatch(/provisionalYears/);
    expect(deadlineStatus('2027-01-08', '2026-12-30', { beyondCalendar: 'provisional' })).toEqual(deadlineStatus('2027-01-08', '2026-12-30', { beyondCalendar: provisionalYears }));
  });
});

describe('deadlines with beyondCalendar: provisional', () => {
  const rule = { unit: 'working-days', count: 30 } as const;

  it('a 30-working-day deadline from mid-December: an error by default, a marked answer when asked', () => {
    expect(() => computeDeadline({ start: '2026-12-15', rule })).toThrow(CalendarRangeError);
    const d = computeDeadline({ start: '2026-12-15T10:00:00+08:00', rule, beyondCalendar: 'provisional' });
    expect(d.due).toBe(naiveAdd('2026-12-15', 30));
    expect(d.provisional).toBe(true);
    expect(d.publishedThrough).toBe('2026-12-31');
    expect(d.assumed?.map((a) => a.date)).toEqual(['2027-01-01']);
    expect(d.skipped.find((s) => s.date === '2027-01-01')).toMatchObject({ kind: 'holiday', provisional: true, holiday: { key: 'new-year' } });
    expect(d.explanation['zh-CN']).toContain('【暂定】2026-12-31之后尚无国务院办公厅的放假安排');
    expect(d.explanation['zh-CN']).toContain('2027-01-01（元旦）');
    expect(d.explanation.en).toContain('[Provisional]');
    expect(d.explanation.en).toContain('make-up working days are unknown');
  });

  it('a deadline inside the published calendar is the same, and not marked, in either mode', () => {
    const a = computeDeadline({ start: '2025-01-24', rule: { unit: 'working-days', count: 7 } });
    const b = computeDeadline({ start: '2025-01-24', rule: { unit: 'working-days', count: 7 }, beyondCalendar: 'provisional' });
    expect(b).toEqual(a);
    expect('provisional' in b).toBe(false);
  });

  it('calendar days rolled past a provisional holiday say so', () => {
    const d = computeDeadline({ start: '2027-09-05', rule: { unit: 'calendar-days', count: 10 }, beyondCalendar: 'provisional' });
    // 2027-09-15 is 中秋 (Wednesday): the last day is a day off, so the deadline moves to the 16th
    expect(d.rolledForwardFrom).toBe('2027-09-15');
    expect(d.due).toBe('2027-09-16');
    expect(d.assumed?.map((a) => a.holiday.key)).toEqual(['mid-autumn']);
  });

  it('deadlineStatus counts on the provisional calendar and says so', () => {
    expect(() => deadlineStatus('2027-01-08', '2026-12-30')).toThrow(CalendarRangeError);
    const s = deadlineStatus('2027-01-08', '2026-12-30', { beyondCalendar: 'provisional', warnWithinWorkingDays: 3 });
    expect(s).toMatchObject({ status: 'on-track', workingDaysLeft: 6, provisional: true, publishedThrough: '2026-12-31' });
    expect(s.assumed?.map((a) => a.date)).toEqual(['2027-01-01']);
  });
});

describe('processingDeadline past the published calendar', () => {
  const view = policyAt(defaultPolicy(), '2026-12-28', { division: '110105', beyondVerified: 'flag' });
  const input = { view, service: { kind: 'passport' }, route: 'hukou-place', acceptedAt: '2026-12-28T09:00:00+08:00' } as const;

  it('by default: a result of kind unknown with its reason (not an error), the limits still listed', () => {
    const r = processingDeadline(input);
    expect(r.kind).toBe('unknown');
    if (r.kind !== 'unknown') return;
    expect(r.publishedThrough).toBe('2026-12-31');
    expect(r.reasons.map((x) => x.code)).toContain('processing.beyond-calendar');
    const applies = r.candidates.filter((c) => c.status === 'applies');
    expect(applies.length).toBeGreaterThan(0);
    expect(applies.every((c) => c.dueBeyondCalendar === true && c.due === undefined)).toBe(true);
    for (const locale of ['zh-CN', 'en'] as const) expect(renderReason(r.reasons.find((x) => x.code === 'processing.beyond-calendar')!, locale, PROCESSING_REASONS)).toContain('2026-12-31');
  });

  it('with beyondCalendar: provisional, a due date marked provisional, counted as computeDeadline counts it', () => {
    const r = processingDeadline({ ...input, beyondCalendar: 'provisional' });
    expect(r.kind).toBe('due');
    if (r.kind !== 'due') return;
    expect(r.provisional).toBe(true);
    expect(r.assumed?.map((a) => a.date)).toEqual(['2027-01-01']);
    expect(r.due).toBe(computeDeadline({ start: '2026-12-28', rule: r.rule, beyondCalendar: 'provisional' }).due);
    expect(r.reasons.map((x) => x.code)).toContain('processing.provisional');
    expect(r.deadline.provisional).toBe(true);
  });

  it('a limit that ends inside the calendar still decides when a longer one runs past it', () => {
    // cross-province: 20 calendar days (past 2026-12-31); urgent, proven: 5 working days (2026-12-28)
    const v = policyAt(defaultPolicy(), '2026-12-21', { division: '110105', beyondVerified: 'flag' });
    const r = processingDeadline({ view: v, service: { kind: 'passport' }, route: 'cross-province', urgent: { ground: 'funeral', proven: true }, acceptedAt: '2026-12-21' });
    expect(r.kind).toBe('due');
    if (r.kind !== 'due') return;
    expect(r.due).toBe(addWorkingDays('2026-12-21', 5));
    expect(r.applied.kind).toBe('urgent');
    expect(r.candidates.find((c) => c.kind === 'national')).toMatchObject({ status: 'applies', dueBeyondCalendar: true });
    expect(r.reasons.map((x) => x.code)).toContain('processing.beyond-calendar');
  });
});
