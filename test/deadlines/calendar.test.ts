/**
 * Worked examples of the working-day calendar. Every expected value is read from the State
 * Council (General Office) notice cited next to it, not from running the code. Notice texts:
 * gov.cn (URLs in src/deadlines/calendar-data.ts) and the quotations in
 * node_modules/chinese-days/src/holidays/generate.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  CalendarRangeError,
  CalendarScheduleError,
  ChurujingError,
  type HolidaySchedule,
  InvalidDateError,
  ValidationError,
  addWorkingDays,
  calendarCoverage,
  defaultCalendar,
  describeDay,
  extendCalendar,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from '../../src/calendar.js';
import { naiveAddWorkingDays, naiveWorkingDaysBetween, shiftDays } from './naive-calendar.js';

/** Runs `f`, which must throw, and returns what it threw. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to throw');
}

// Document numbers (文号) of the notices used below.
const N2006 = '国办发明电〔2005〕35号'; // 国务院办公厅关于2006年部分节假日安排的通知
const N2007 = '国办发明电〔2006〕49号'; // 国务院办公厅关于2007年部分节假日安排的通知
const N2008 = '国办发明电〔2007〕52号'; // 国务院办公厅关于2008年部分节假日安排的通知
const N2012 = '国办发明电〔2011〕45号'; // 国务院办公厅关于2012年部分节假日安排的通知
const N2015_V = '国发明电〔2015〕1号'; // 国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知
const N2019 = '国办发明电〔2018〕15号'; // 国务院办公厅关于2019年部分节假日安排的通知
const N2019_L = '国办发明电〔2019〕3号'; // 国务院办公厅关于调整2019年劳动节假期安排的通知
const N2020 = '国办发明电〔2019〕16号'; // 国务院办公厅关于2020年部分节假日安排的通知
const N2020_X = '国办发明电〔2020〕1号'; // 国务院办公厅关于延长2020年春节假期的通知
const N2023 = '国办发明电〔2022〕16号'; // 国务院办公厅关于2023年部分节假日安排的通知
const N2025 = '国办发明电〔2024〕12号'; // 国务院办公厅关于2025年部分节假日安排的通知

type Kind = 'workday' | 'weekend' | 'holiday' | 'make-up-workday';
interface Row {
  readonly date: string;
  readonly working: boolean;
  readonly kind: Kind;
  /** Holiday key the day carries; undefined: an ordinary day with no holiday. */
  readonly holiday?: string;
  /** 文号 of the notice that sets or names the day (only checked when given). */
  readonly notice?: string;
  readonly why: string;
}

const row = (date: string, working: boolean, kind: Kind, holiday: string | undefined, notice: string | undefined, why: string): Row => ({
  date,
  working,
  kind,
  ...(holiday === undefined ? {} : { holiday }),
  ...(notice === undefined ? {} : { notice }),
  why,
});

const DAYS: readonly Row[] = [
  // 2025 (国办发明电〔2024〕12号) 二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，
  // 共8天。1月26日（周日）、2月8日（周六）上班。
  row('2025-01-24', true, 'workday', undefined, undefined, 'Friday before the break'),
  row('2025-01-25', false, 'weekend', undefined, undefined, 'ordinary Saturday, not part of the break'),
  row('2025-01-26', true, 'make-up-workday', 'spring-festival', N2025, '1月26日（周日）上班'),
  row('2025-01-27', true, 'workday', undefined, undefined, 'Monday before 除夕'),
  row('2025-01-28', false, 'holiday', 'spring-festival', N2025, '除夕'),
  row('2025-01-31', false, 'holiday', 'spring-festival', N2025, '正月初三'),
  row('2025-02-01', false, 'weekend', 'spring-festival', N2025, 'a weekend inside the break carries the holiday'),
  row('2025-02-02', false, 'weekend', 'spring-festival', N2025, 'a weekend inside the break carries the holiday'),
  row('2025-02-04', false, 'holiday', 'spring-festival', N2025, '正月初七, last day'),
  row('2025-02-05', true, 'workday', undefined, undefined, 'first day back'),
  row('2025-02-08', true, 'make-up-workday', 'spring-festival', N2025, '2月8日（周六）上班'),
  row('2025-02-09', false, 'weekend', undefined, undefined, 'ordinary Sunday'),
  // 六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
  row('2025-09-27', false, 'weekend', undefined, undefined, 'ordinary Saturday'),
  row('2025-09-28', true, 'make-up-workday', 'national-day-mid-autumn', N2025, '9月28日（周日）上班'),
  row('2025-09-30', true, 'workday', undefined, undefined, 'Tuesday before the break'),
  row('2025-10-01', false, 'holiday', 'national-day-mid-autumn', N2025, '10月1日放假'),
  row('2025-10-04', false, 'weekend', 'national-day-mid-autumn', N2025, 'weekend inside the break'),
  row('2025-10-05', false, 'weekend', 'national-day-mid-autumn', N2025, 'weekend inside the break'),
  row('2025-10-06', false, 'holiday', 'national-day-mid-autumn', N2025, 'Monday inside the break'),
  row('2025-10-08', false, 'holiday', 'national-day-mid-autumn', N2025, '至8日（周三）'),
  row('2025-10-09', true, 'workday', undefined, undefined, 'first day back'),
  row('2025-10-11', true, 'make-up-workday', 'national-day-mid-autumn', N2025, '10月11日（周六）上班'),

  // 2020 (国办发明电〔2019〕16号) 春节：1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。
  // Extended by 国办发明电〔2020〕1号: 延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。
  row('2020-01-19', true, 'make-up-workday', 'spring-festival', N2020, '1月19日（星期日）上班'),
  row('2020-01-24', false, 'holiday', 'spring-festival', N2020, '除夕'),
  row('2020-01-30', false, 'holiday', 'spring-festival', N2020, 'last day of the original break'),
  row('2020-01-31', false, 'holiday', 'spring-festival', N2020_X, 'added by the extension'),
  row('2020-02-01', false, 'weekend', 'spring-festival', N2020_X, 'no longer a make-up day: the extension runs to 2月2日'),
  row('2020-02-02', false, 'weekend', 'spring-festival', N2020_X, '至2月2日（星期日）'),
  row('2020-02-03', true, 'workday', undefined, undefined, '2月3日（星期一）起正常上班'),

  // 2015 (国发明电〔2015〕1号) 9月3日至5日调休放假，共3天。其中9月3日（星期四）放假，9月4日（星期五）调休，9月6日（星期日）上班。
  row('2015-09-02', true, 'workday', undefined, undefined, 'Wednesday before'),
  row('2015-09-03', false, 'holiday', 'victory-anniversary', N2015_V, '9月3日（星期四）放假'),
  row('2015-09-04', false, 'holiday', 'victory-anniversary', N2015_V, '9月4日（星期五）调休'),
  row('2015-09-05', false, 'weekend', 'victory-anniversary', N2015_V, '9月3日至5日'),
  row('2015-09-06', true, 'make-up-workday', 'victory-anniversary', N2015_V, '9月6日（星期日）上班'),

  // 2019 labour day, revised by 国办发明电〔2019〕3号: 2019年5月1日至4日放假调休，共4天。4月28日（星期日）、5月5日（星期日）上班。
  row('2019-04-28', true, 'make-up-workday', 'labour-day', N2019_L, '4月28日（星期日）上班'),
  row('2019-04-30', true, 'workday', undefined, undefined, 'Tuesday before'),
  row('2019-05-01', false, 'holiday', 'labour-day', undefined, '5月1日 (already off under the original notice)'),
  row('2019-05-02', false, 'holiday', 'labour-day', N2019_L, 'added by the revision'),
  row('2019-05-03', false, 'holiday', 'labour-day', N2019_L, 'added by the revision'),
  row('2019-05-04', false, 'weekend', 'labour-day', N2019_L, '至4日 (Saturday)'),
  row('2019-05-05', true, 'make-up-workday', 'labour-day', N2019_L, '5月5日（星期日）上班'),
  row('2019-05-06', true, 'workday', undefined, undefined, 'Monday after'),

  // Late-December traps: the next year's notice sets days in the previous December.
  // 2006 notice: 将12月31日(星期六)、1月1日(星期日)两个公休日调至1月2日(星期一)、3日(星期二)，12月31日(星期六)上班。
  row('2005-12-31', true, 'make-up-workday', 'new-year', N2006, '12月31日(星期六)上班'),
  // 2007 notice: 2006年12月30日（星期六）、12月31日（星期日）上班; 1月1日－3日放假.
  row('2006-12-30', true, 'make-up-workday', 'new-year', N2007, '2006年12月30日（星期六）上班'),
  row('2006-12-31', true, 'make-up-workday', 'new-year', N2007, '12月31日（星期日）上班'),
  row('2007-01-02', false, 'holiday', 'new-year', N2007, '调至2007年1月2日'),
  row('2007-01-03', false, 'holiday', 'new-year', N2007, '调至2007年1月3日'),
  // 2008 notice: 2007年12月30日—2008年1月1日放假 … 12月29日（星期六）公休日调至12月31日（星期一），12月29日（星期六）上班。
  row('2007-12-29', true, 'make-up-workday', 'new-year', N2008, '12月29日（星期六）上班'),
  row('2007-12-30', false, 'weekend', 'new-year', N2008, '12月30日（星期日）为公休日'),
  row('2007-12-31', false, 'holiday', 'new-year', N2008, '调至12月31日（星期一）'),
  row('2008-01-01', false, 'holiday', 'new-year', N2008, '1月1日（星期二）为法定节假日'),
  // 2012 notice: 2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。
  row('2011-12-31', true, 'make-up-workday', 'new-year', N2012, '2011年12月31日（星期六）上班'),
  // 2019 notice: 元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。
  row('2018-12-29', true, 'make-up-workday', 'new-year', N2019, '2018年12月29日（星期六）上班'),
  row('2018-12-30', false, 'weekend', 'new-year', N2019, '12月30日至1月1日放假'),
  row('2018-12-31', false, 'holiday', 'new-year', N2019, 'Monday off'),
  // 2023 notice: 元旦：2022年12月31日至2023年1月2日放假调休，共3天 (no make-up day).
  row('2022-12-31', false, 'weekend', 'new-year', N2023, 'a Saturday of the break, still a weekend'),
  row('2023-01-02', false, 'holiday', 'new-year', N2023, 'Monday off'),
];

describe('isWorkingDay and describeDay, day by day from the notices', () => {
  it.each(DAYS)('$date: $why', (r) => {
    expect(isWorkingDay(r.date)).toBe(r.working);
    const info = describeDay(r.date);
    expect(info.date).toBe(r.date);
    expect(info.working).toBe(r.working);
    expect(info.kind).toBe(r.kind);
    expect(info.holiday?.key).toBe(r.holiday);
    if (r.holiday === undefined) {
      expect('holiday' in info).toBe(false);
      expect('notice' in info).toBe(false);
    } else {
      expect(info.holiday?.['zh-CN'].length).toBeGreaterThan(0);
      expect(info.holiday?.en.length).toBeGreaterThan(0);
      expect(info.notice?.cite.issuer.length).toBeGreaterThan(0);
      expect(info.notice?.cite.title.length).toBeGreaterThan(0);
    }
    if (r.notice !== undefined) expect(info.notice?.cite.number).toBe(r.notice);
  });

  it('names the 2015 anniversary and its issuer, the State Council itself (国务院, not its General Office)', () => {
    const info = describeDay('2015-09-03');
    expect(info.holiday).toEqual({
      key: 'victory-anniversary',
      'zh-CN': '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
      en: '70th anniversary of the victory of the War of Resistance against Japanese Aggression',
    });
    expect(info.notice?.cite.issuer).toBe('国务院');
    expect(info.notice?.cite.title).toBe('国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知');
  });

  it('2024-02-29 is a real date (leap year) and an ordinary Thursday', () => {
    expect(isWorkingDay('2024-02-29')).toBe(true);
    expect(describeDay('2024-02-29')).toEqual({ date: '2024-02-29', working: true, kind: 'workday' });
  });
});

describe('addWorkingDays', () => {
  // [date, n, expected, reason]
  const CASES: ReadonlyArray<readonly [string, number, string, string]> = [
    ['2025-01-24', 7, '2025-02-10', 'accepted Friday + 7: 01-26 (Sun) and 02-08 (Sat) are make-up days (国办发明电〔2024〕12号)'],
    ['2025-02-10', -7, '2025-01-24', 'and back'],
    ['2025-01-24', 0, '2025-01-24', 'n = 0 is the date itself'],
    ['2025-01-28', 0, '2025-01-28', 'n = 0 is the date itself, even on a holiday'],
    ['2025-01-24', 1, '2025-01-26', 'strictly after: the make-up Sunday'],
    ['2025-01-27', 1, '2025-02-05', 'strictly after a working day, across the break'],
    ['2025-01-28', 1, '2025-02-05', 'strictly after a holiday'],
    ['2025-02-05', -1, '2025-01-27', 'strictly before a working day'],
    ['2025-02-01', -1, '2025-01-27', 'strictly before a weekend inside the break'],
    ['2025-09-26', 2, '2025-09-29', 'National Day 2025: 09-28 (Sun) works'],
    ['2025-09-30', 1, '2025-10-09', 'National Day 2025: 10-01..10-08 off'],
    ['2025-10-09', 3, '2025-10-13', 'National Day 2025: 10-10 (Fri), 10-11 (Sat, make-up), 10-13 (Mon)'],
    ['2020-01-23', 1, '2020-02-03', '2020 extension (国办发明电〔2020〕1号): 01-31 off, 02-01 no longer worked'],
    ['2015-09-02', 1, '2015-09-06', '国发明电〔2015〕1号: 09-03/04 off, 09-06 (Sun) worked'],
    ['2019-04-30', 1, '2019-05-05', '国办发明电〔2019〕3号: 05-01..05-04 off, 05-05 (Sun) worked'],
    ['2019-04-26', 1, '2019-04-28', '国办发明电〔2019〕3号: 04-28 (Sun) worked'],
    ['2007-12-28', 1, '2007-12-29', '2008 notice: 2007-12-29 (Sat) worked'],
    ['2007-12-29', 1, '2008-01-02', '2008 notice: 12-30 (Sun) rest, 12-31 and 01-01 off'],
    ['2018-12-28', 2, '2019-01-02', '2019 notice: 12-29 (Sat) worked, 12-30..01-01 off'],
    ['2006-12-29', 2, '2006-12-31', '2007 notice: 2006-12-30 (Sat) and 12-31 (Sun) worked'],
    ['2006-12-31', 1, '2007-01-04', '2007 notice: 01-01..01-03 off'],
    ['2005-12-30', 1, '2005-12-31', '2006 notice: 2005-12-31 (Sat) worked'],
    ['2011-12-30', 1, '2011-12-31', '2012 notice: 2011-12-31 (Sat) worked'],
    ['2022-12-30', 1, '2023-01-03', '2023 notice: 2022-12-31..2023-01-02 off'],
  ];

  it.each(CASES)('addWorkingDays(%s, %i) = %s: %s', (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
    // the naive reference agrees (it only asks isWorkingDay about single days)
    expect(naiveAddWorkingDays(date, n)).toBe(expected);
  });
});

describe('workingDaysBetween counts (from, to] and is antisymmetric', () => {
  const CASES: ReadonlyArray<readonly [string, string, number, string]> = [
    ['2025-01-24', '2025-02-10', 7, 'the accepted-Friday example'],
    ['2025-01-24', '2025-01-24', 0, 'empty interval'],
    ['2025-01-23', '2025-01-24', 1, '`to` counts, `from` does not'],
    ['2025-01-24', '2025-01-25', 0, 'a Saturday adds nothing'],
    ['2025-01-25', '2025-01-26', 1, 'the make-up Sunday counts'],
    ['2025-01-27', '2025-02-04', 0, 'the whole break'],
    ['2025-09-27', '2025-10-11', 6, '09-28, 09-29, 09-30, 10-09, 10-10, 10-11'],
    // 2025: 261 weekdays − 18 weekdays off + 5 make-up days = 248
    // (= 365 − 104 rest days − 13 statutory holidays).
    ['2024-12-31', '2025-12-31', 248, 'working days of 2025'],
  ];

  it.each(CASES)('workingDaysBetween(%s, %s) = %i: %s', (from, to, expected) => {
    expect(workingDaysBetween(from, to)).toBe(expected);
    expect(workingDaysBetween(to, from)).toBe(expected === 0 ? 0 : -expected);
    expect(Object.is(workingDaysBetween(to, from), -0)).toBe(false);
    expect(naiveWorkingDaysBetween(from, to)).toBe(expected);
  });
});

describe('nextWorkingDay / previousWorkingDay are strictly after / before', () => {
  it.each([
    ['2025-01-24', '2025-01-26'],
    ['2025-01-26', '2025-01-27'],
    ['2025-01-27', '2025-02-05'],
    ['2025-01-30', '2025-02-05'],
    ['2025-02-07', '2025-02-08'],
    ['2020-01-30', '2020-02-03'],
    ['2007-12-29', '2008-01-02'],
  ])('nextWorkingDay(%s) = %s', (date, expected) => {
    expect(nextWorkingDay(date)).toBe(expected);
    expect(addWorkingDays(date, 1)).toBe(expected);
  });

  it.each([
    ['2025-02-05', '2025-01-27'],
    ['2025-01-27', '2025-01-26'],
    ['2025-01-26', '2025-01-24'],
    ['2025-02-10', '2025-02-08'],
    ['2020-02-03', '2020-01-23'],
    ['2008-01-02', '2007-12-29'],
  ])('previousWorkingDay(%s) = %s', (date, expected) => {
    expect(previousWorkingDay(date)).toBe(expected);
    expect(addWorkingDays(date, -1)).toBe(expected);
  });
});

describe('calendarCoverage', () => {
  it('covers 2004-01-01..2026-12-31 from 26 notices, each with issuer and title', () => {
    const c = calendarCoverage();
    expect(c).toMatchObject({ from: '2004-01-01', to: '2026-12-31', firstYear: 2004, lastYear: 2026 });
    // 23 yearly notices (2004–2026) and 3 supplementary ones (2015 anniversary, 2019 labour day, 2020 extension).
    expect(c.notices).toHaveLength(26);
    for (const n of c.notices) {
      expect(typeof n.cite.issuer).toBe('string');
      expect(n.cite.issuer.length).toBeGreaterThan(0);
      expect(n.cite.title.length).toBeGreaterThan(0);
      expect(['国务院办公厅', '国务院']).toContain(n.cite.issuer);
    }
    expect(new Set(c.notices.map((n) => n.id)).size).toBe(26);
    const years = c.notices.map((n) => n.year);
    for (let y = 2004; y <= 2026; y++) {
      expect(c.notices.filter((n) => n.year === y && n.cite.title === `国务院办公厅关于${y}年部分节假日安排的通知`)).toHaveLength(1);
    }
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const numbers = c.notices.map((n) => n.cite.number);
    expect(numbers).toEqual(expect.arrayContaining([N2015_V, N2019_L, N2020_X, N2025]));
  });

  it('is what the default calendar covers', () => {
    expect(calendarCoverage(defaultCalendar())).toEqual(calendarCoverage());
    expect(defaultCalendar()).toBe(defaultCalendar());
  });
});

describe('errors', () => {
  const MALFORMED: ReadonlyArray<readonly [string, unknown]> = [
    ['2024-02-30', '2024-02-30'],
    ['2024-2-3', '2024-2-3'],
    ['empty string', ''],
    ['number 20250101', 20250101],
    ['null', null],
  ];
  const CALLS: ReadonlyArray<readonly [string, (v: unknown) => unknown]> = [
    ['isWorkingDay', (v) => isWorkingDay(v as string)],
    ['addWorkingDays', (v) => addWorkingDays(v as string, 1)],
    ['addWorkingDays n=0', (v) => addWorkingDays(v as string, 0)],
    ['workingDaysBetween from', (v) => workingDaysBetween(v as string, '2025-01-02')],
    ['workingDaysBetween to', (v) => workingDaysBetween('2025-01-02', v as string)],
    ['nextWorkingDay', (v) => nextWorkingDay(v as string)],
    ['previousWorkingDay', (v) => previousWorkingDay(v as string)],
    ['describeDay', (v) => describeDay(v as string)],
  ];

  describe.each(MALFORMED)('malformed date %s', (_label, value) => {
    it.each(CALLS)('%s throws InvalidDateError with issues', (_name, call) => {
      const e = thrown(() => call(value));
      expect(e).toBeInstanceOf(InvalidDateError);
      expect(e).toBeInstanceOf(ChurujingError);
      const err = e as InvalidDateError;
      expect(err.code).toBe('invalid-date');
      expect(err.issues.length).toBeGreaterThan(0);
      expect(err.issues.every((i) => i.code === 'invalid-date')).toBe(true);
      expect(err.message).toContain('YYYY-MM-DD');
    });
  });

  const OUT_OF_RANGE: ReadonlyArray<readonly [string, () => unknown, string]> = [
    ['isWorkingDay(2003-12-31)', () => isWorkingDay('2003-12-31'), '2003-12-31'],
    ['isWorkingDay(2027-01-01)', () => isWorkingDay('2027-01-01'), '2027-01-01'],
    ['describeDay(2027-01-01)', () => describeDay('2027-01-01'), '2027-01-01'],
    ['workingDaysBetween(2025-01-02, 2027-01-01)', () => workingDaysBetween('2025-01-02', '2027-01-01'), '2027-01-01'],
    ['addWorkingDays(2026-12-30, 5)', () => addWorkingDays('2026-12-30', 5), '2027-01-01'],
    ['addWorkingDays(2004-01-05, -10)', () => addWorkingDays('2004-01-05', -10), '2003-12-31'],
    ['nextWorkingDay(2026-12-31)', () => nextWorkingDay('2026-12-31'), '2027-01-01'],
    ['previousWorkingDay(2004-01-02)', () => previousWorkingDay('2004-01-02'), '2003-12-31'],
  ];

  it.each(OUT_OF_RANGE)('%s throws CalendarRangeError naming the range and what to do', (_name, call, date) => {
    const e = thrown(call);
    expect(e).toBeInstanceOf(CalendarRangeError);
    expect(e).toBeInstanceOf(ChurujingError);
    const err = e as CalendarRangeError;
    expect(err.code).toBe('calendar-range');
    expect(err.message).toContain('2004-01-01');
    expect(err.message).toContain('2026-12-31');
    // after the range: extend it, starting with the next year's notice; before it: not supported
    if (date > '2026-12-31') expect(err.message).toMatch(/extendCalendar.*2027/);
    else expect(err.message).toContain('Dates before 2004-01-01 are not supported');
    expect(err.coverage).toEqual({ from: '2004-01-01', to: '2026-12-31' });
    expect(err.date).toBe(date);
    expect(err.issues.length).toBeGreaterThan(0);
  });

  it('addWorkingDays just inside the range does not throw', () => {
    expect(addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
    expect(addWorkingDays('2004-01-05', -1)).toBe('2004-01-02'); // 2004-01-01 元旦 off (2004 notice)
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0.5, 2 ** 53])(
    'addWorkingDays(date, %d) throws ValidationError on n',
    (n) => {
      const e = thrown(() => addWorkingDays('2025-01-24', n));
      expect(e).toBeInstanceOf(ValidationError);
      expect(e).toBeInstanceOf(ChurujingError);
      const err = e as ValidationError;
      expect(err.code).toBe('invalid-input');
      expect(err.issues.map((i) => i.path)).toEqual([['n']]);
    },
  );
});

// --- extendCalendar --------------------------------------------------------------------------

/**
 * TEST FIXTURE, INVENTED: a plausible 2027 arrangement, NOT the State Council's (unpublished
 * when this was written). It sets a day in the previous December, as the 2008 and 2019
 * notices did, and has a custom special day.
 */
const FIXTURE_NOTICE = {
  issuer: '国务院办公厅',
  title: '国务院办公厅关于2027年部分节假日安排的通知（测试夹具，虚构）',
  note: 'Invented test fixture, not a real notice.',
} as const;
const CUSTOM_NAME = { 'zh-CN': '测试纪念日（虚构）', en: 'Test commemoration day (fictional)' } as const;
const FIXTURE_2027: HolidaySchedule = {
  year: 2027,
  notice: FIXTURE_NOTICE,
  holidays: [
    // 元旦：2026年12月31日（周四）至2027年1月3日放假调休，共4天。1月9日（周六）上班。
    { name: 'new-year', offDays: ['2026-12-31', '2027-01-01'], workDays: ['2027-01-09'] },
    // 春节：2月5日（除夕，周五）至11日放假调休，共7天。2月20日（周六）上班。
    { name: 'spring-festival', offDays: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'], workDays: ['2027-02-20'] },
    // 清明节：4月3日至5日放假，共3天。
    { name: 'qingming', offDays: ['2027-04-05'] },
    // 虚构的特别纪念日：9月3日（周五）放假。
    { name: CUSTOM_NAME, offDays: ['2027-09-03'] },
    // 国庆节、中秋节：10月1日至7日放假调休，共7天。9月26日（周日）、10月9日（周六）上班。
    {
      name: 'national-day-mid-autumn',
      offDays: ['2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'],
      workDays: ['2027-09-26', '2027-10-09'],
    },
  ],
};

describe('extendCalendar with a (fictional) 2027 schedule', () => {
  const base = defaultCalendar();
  const cal = extendCalendar(base, FIXTURE_2027);

  it('covers 2027 and records the notice', () => {
    const c = calendarCoverage(cal);
    expect(c).toMatchObject({ from: '2004-01-01', to: '2027-12-31', firstYear: 2004, lastYear: 2027 });
    expect(c.notices).toHaveLength(27);
    expect(c.notices.at(-1)).toMatchObject({ year: 2027, cite: FIXTURE_NOTICE });
  });

  it('follows the fixture', () => {
    expect(isWorkingDay('2026-12-31', cal)).toBe(false); // set by the 2027 "notice" in the previous December
    expect(isWorkingDay('2027-01-01', cal)).toBe(false);
    expect(isWorkingDay('2027-01-04', cal)).toBe(true);
    expect(isWorkingDay('2027-01-09', cal)).toBe(true);
    expect(isWorkingDay('2027-02-20', cal)).toBe(true);
    expect(isWorkingDay('2027-02-12', cal)).toBe(true);
    expect(isWorkingDay('2027-09-03', cal)).toBe(false);
    expect(addWorkingDays('2026-12-30', 1, cal)).toBe('2027-01-04');
    expect(addWorkingDays('2027-02-04', 1, cal)).toBe('2027-02-12');
    // (09-24, 10-11]: 09-26, 09-27..09-30, 10-08, 10-09, 10-11
    expect(workingDaysBetween('2027-09-24', '2027-10-11', cal)).toBe(8);
    expect(nextWorkingDay('2027-12-30', cal)).toBe('2027-12-31');
    expect(() => nextWorkingDay('2027-12-31', cal)).toThrow(CalendarRangeError);
  });

  it('describes the days with the fixture notice and the custom name', () => {
    expect(describeDay('2027-09-03', cal)).toEqual({
      date: '2027-09-03',
      working: false,
      kind: 'holiday',
      holiday: { key: 'custom', ...CUSTOM_NAME },
      notice: { id: '2027', year: 2027, cite: FIXTURE_NOTICE },
    });
    expect(describeDay('2026-12-31', cal)).toMatchObject({ kind: 'holiday', holiday: { key: 'new-year' }, notice: { year: 2027 } });
    expect(describeDay('2027-10-02', cal)).toMatchObject({ kind: 'weekend', holiday: { key: 'national-day-mid-autumn' } });
    expect(describeDay('2027-01-09', cal)).toMatchObject({ kind: 'make-up-workday', working: true, holiday: { key: 'new-year' } });
  });

  it('agrees with the naive reference on the extended range', () => {
    for (let d = '2026-12-01'; d <= '2027-12-20'; d = shiftDays(d, 1)) {
      for (const n of [-3, -1, 1, 2, 5]) expect(addWorkingDays(d, n, cal)).toBe(naiveAddWorkingDays(d, n, cal));
      expect(workingDaysBetween('2026-11-30', d, cal)).toBe(naiveWorkingDaysBetween('2026-11-30', d, cal));
    }
  });

  it('leaves the base calendar unchanged', () => {
    expect(defaultCalendar()).toBe(base);
    expect(calendarCoverage(base)).toMatchObject({ to: '2026-12-31', lastYear: 2026 });
    expect(calendarCoverage(base).notices).toHaveLength(26);
    expect(isWorkingDay('2026-12-31')).toBe(true); // an ordinary Thursday in the 2026 notice
    expect(addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
    expect(() => isWorkingDay('2027-01-04')).toThrow(CalendarRangeError);
  });

  it('names the new range in range errors', () => {
    const e = thrown(() => isWorkingDay('2028-01-03', cal)) as CalendarRangeError;
    expect(e).toBeInstanceOf(CalendarRangeError);
    expect(e.coverage).toEqual({ from: '2004-01-01', to: '2027-12-31' });
  });
});

describe('extendCalendar rejects invalid schedules with every issue', () => {
  const base = defaultCalendar();
  const NOTICE = { issuer: '国务院办公厅', title: '国务院办公厅关于2027年部分节假日安排的通知（测试夹具，虚构）' };
  const schedule = (holidays: unknown, extra: Record<string, unknown> = {}): HolidaySchedule =>
    ({ year: 2027, notice: NOTICE, holidays, ...extra }) as unknown as HolidaySchedule;

  /** The issues as sorted `code@path` strings (order is not part of the contract). */
  function issuesOf(s: HolidaySchedule): string[] {
    const e = thrown(() => extendCalendar(base, s));
    expect(e).toBeInstanceOf(CalendarScheduleError);
    expect(e).toBeInstanceOf(ChurujingError);
    const err = e as CalendarScheduleError;
    expect(err.code).toBe('invalid-schedule');
    // the message summarises the first five issues (each with its path) and counts the rest
    for (const i of err.issues.slice(0, 5)) expect(err.message).toContain(i.message);
    if (err.issues.length > 5) expect(err.message).toContain(`and ${err.issues.length - 5} more`);
    for (const i of err.issues) expect(i.messages?.['zh-CN'], i.code).toBeTruthy(); // every issue in both locales
    return err.issues.map((i) => `${i.code}@${i.path.map(String).join('.')}`).sort();
  }

  it.each<readonly [string, HolidaySchedule, readonly string[]]>([
    ['weekend listed as a day off', schedule([{ name: 'new-year', offDays: ['2027-01-02'] }]), ['weekend-off-day@holidays.0.offDays.0']],
    ['weekday listed as a make-up day', schedule([{ name: 'new-year', workDays: ['2027-01-04'] }]), ['weekday-make-up-day@holidays.0.workDays.0']],
    ['date after the year', schedule([{ name: 'new-year', offDays: ['2028-01-03'] }]), ['date-outside-year@holidays.0.offDays.0']],
    ['date before the previous December', schedule([{ name: 'new-year', offDays: ['2026-11-30'] }]), ['date-outside-year@holidays.0.offDays.0']],
    [
      'duplicate date across holidays',
      schedule([
        { name: 'new-year', offDays: ['2027-01-01'] },
        { name: 'spring-festival', offDays: ['2027-02-08', '2027-01-01'] },
      ]),
      ['duplicate-date@holidays.1.offDays.1'],
    ],
    ['unknown holiday key', schedule([{ name: 'labor-day', offDays: ['2027-05-03'] }]), ['unknown-holiday@holidays.0.name']],
    ['custom name without en', schedule([{ name: { 'zh-CN': '测试' }, offDays: ['2027-05-03'] }]), ['unknown-holiday@holidays.0.name']],
    ['wrong year', schedule([{ name: 'new-year', offDays: ['2027-01-01'] }], { year: 2028 }), ['year-not-next@year']],
    ['notice without issuer', schedule([], { notice: { issuer: '', title: NOTICE.title } }), ['missing-citation@notice.issuer']],
    ['notice without title', schedule([], { notice: { issuer: NOTICE.issuer } }), ['missing-citation@notice.title']],
    ['no notice at all', schedule([], { notice: undefined }), ['missing-citation@notice.issuer', 'missing-citation@notice.title']],
    ['invalid date', schedule([{ name: 'new-year', offDays: ['2027-02-30'] }]), ['invalid-date@holidays.0.offDays.0']],
    ['malformed date', schedule([{ name: 'new-year', workDays: ['2027-1-9'] }]), ['invalid-date@holidays.0.workDays.0']],
    ['holidays not an array', schedule({ 0: { name: 'new-year', offDays: ['2027-01-01'] } }), ['invalid-type@holidays']],
    ['offDays not an array', schedule([{ name: 'new-year', offDays: '2027-01-01' }]), ['invalid-type@holidays.0.offDays']],
  ])('%s', (_label, s, expected) => {
    expect(issuesOf(s)).toEqual([...expected].sort());
  });

  it('accepts the previous December (a notice may set it) but nothing earlier', () => {
    const ok = extendCalendar(base, schedule([{ name: 'new-year', offDays: ['2026-12-01'], workDays: ['2026-12-26'] }]));
    expect(isWorkingDay('2026-12-01', ok)).toBe(false);
    expect(isWorkingDay('2026-12-26', ok)).toBe(true);
    expect(isWorkingDay('2026-12-01')).toBe(true); // base unchanged
  });

  it('reports all problems of one schedule at once', () => {
    const bad = {
      year: 2030,
      notice: { issuer: '国务院办公厅' },
      holidays: [
        { name: 'new-year', offDays: ['2027-01-02', '2027-01-01'], workDays: ['2027-01-04'] },
        { name: 'mayday', offDays: ['2027-05-03', '2027-13-01', '2027-01-01'] },
        { name: 'national-day', offDays: ['2028-10-02'], workDays: 'x' },
      ],
    } as unknown as HolidaySchedule;
    expect(issuesOf(bad)).toEqual(
      [
        'year-not-next@year',
        'missing-citation@notice.title',
        'weekend-off-day@holidays.0.offDays.0',
        'weekday-make-up-day@holidays.0.workDays.0',
        'unknown-holiday@holidays.1.name',
        'invalid-date@holidays.1.offDays.1',
        'duplicate-date@holidays.1.offDays.2',
        'date-outside-year@holidays.2.offDays.0',
        'invalid-type@holidays.2.workDays',
      ].sort(),
    );
    expect(calendarCoverage(base).to).toBe('2026-12-31');
  });
});
