/**
 * Statutory days off past the published calendar, for the opt-in provisional mode
 * (`beyondCalendar: 'provisional'`). Kept in its own module: only the provisional path reads it.
 *
 * The days come from 《全国年节及纪念日放假办法》 as in force (the 2024 revision, 国务院令第798号,
 * from 2025-01-01): 13 days — 元旦 1 (1 January), 春节 4 (除夕 and 正月初一 to 初三), 清明 1, 劳动节 2
 * (1–2 May), 端午 1 (五月初五), 中秋 1 (八月十五), 国庆 3 (1–3 October) — and art. 6: a statutory
 * day that falls on a Saturday or Sunday is given back on a working day. The make-up working
 * days (调休) a notice adds are not known in advance and are never guessed: weekends stay
 * weekends.
 *
 * @module
 */
import type { Citation } from '../rules/citation-types.js';
import { daysFromCivil, formatCivilDate, isWeekend } from '../rules/civil-date.js';
import type { AssumedDay } from './calendar-build.js';
import { HOLIDAY_CODES, type HolidayName } from './holiday-names.js';

/**
 * The lunar festivals and Qingming, per Gregorian year from 2025 (one 16-digit group a year):
 * 正月初一, 清明, 端午 (五月初五), 中秋 (八月十五), each `MMDD` in Beijing time.
 *
 * Source: the rules of GB/T 33661-2017《农历的编算和颁行》 (a lunar month begins on the day, in
 * Beijing time, of the new moon; 清明 is the day the Sun's apparent longitude reaches 15°), the
 * dates of the Hong Kong Observatory's Gregorian–Lunar Calendar Conversion Table (1901–2100).
 * The new moons and solar terms were computed with J. Meeus, *Astronomical Algorithms* (2nd
 * ed.), ch. 49 and 25 (`scripts/lunar-festivals.mjs` prints them with their times) and the
 * dates checked against two independent implementations (test/deadlines/provisional-holidays.test.ts):
 * the ICU Chinese calendar behind `Intl.DateTimeFormat('zh-CN-u-ca-chinese')` and the 1900–2100
 * tables of the chinese-days package. They agree everywhere but on 正月初一 of 2027 and 2030,
 * where ICU gives the next and the previous day: the new moon falls at 23:56 on 2027-02-06 and
 * at 00:07 on 2030-02-03 (Beijing time), minutes from midnight; the HKO gives 2030-02-03 (HKO
 * blog, 2013-05-03, "Which day is the Tuen Ng Festival for this year (2013)?", table 1) and
 * the dates here follow the new moon. 2025 and 2026 are years the published notices already
 * cover: the tests check the statute's rules against them.
 */
const LUNAR =
  '0129040405311006 0217040506190925 0206040506090915 0126040405281003 0213040406160922 ' + // 2025–2029
  '0203040506050912 0123040506241001 0211040406120919 0131040406010908 0219040506200927 ' + // 2030–2034
  '0208040506100916 0128040405301004 0215040406180924 0204040506070913 0124040505271002 ' + // 2035–2039
  '0212040406140920 0201040406030910 0122040406220928 0210040506110917 0130040405311005 ' + // 2040–2044
  '0217040406190925 0206040406080915 0126040505291004 0214040406150922 0202040406040911 ' + // 2045–2049
  '0123040406230930 0211040506130919'; // 2050–2051

/** First and last year of the lunar table. @internal */
export const LUNAR_TABLE_YEARS = { first: 2025, last: 2051 } as const;

/**
 * The lunar table's dates of a year: 正月初一, 清明, 端午, 中秋 (`MMDD`), or undefined outside it.
 *
 * @internal
 * @example
 * ```ts
 * lunarDates(2027); // ['0206', '0405', '0609', '0915']
 * ```
 */
export function lunarDates(year: number): readonly [string, string, string, string] | undefined {
  const i = (year - LUNAR_TABLE_YEARS.first) * 17;
  if (!(year >= LUNAR_TABLE_YEARS.first && year <= LUNAR_TABLE_YEARS.last)) return undefined;
  return [LUNAR.slice(i, i + 4), LUNAR.slice(i + 4, i + 8), LUNAR.slice(i + 8, i + 12), LUNAR.slice(i + 12, i + 16)];
}

const STATUTE = {
  issuer: '国务院',
  title: '全国年节及纪念日放假办法',
  number: '国务院令第798号',
  published: '2024-11-10',
  effective: '2025-01-01',
};

const ART2: Citation = /* @__PURE__ */ Object.freeze({ ...STATUTE, article: '第二条' });
const ART6: Citation = /* @__PURE__ */ Object.freeze({ ...STATUTE, article: '第六条' });

/** Where the lunar and solar-term dates come from (see the table above). */
const LUNAR_SOURCE: Citation = /* @__PURE__ */ Object.freeze({
  issuer: '香港天文台',
  title: '公历与农历日期对照表',
  url: 'https://www.hko.gov.hk/en/gts/time/conversion.htm',
  note: 'GB/T 33661-2017; computed and checked against ICU and chinese-days',
});

/**
 * The statute the provisional days come from (《全国年节及纪念日放假办法》 as revised by 国务院令第798号,
 * in force from 2025-01-01), and the source of its lunar and solar-term dates.
 *
 * @example
 * ```ts
 * PROVISIONAL_BASIS.statute.title; // '全国年节及纪念日放假办法'
 * ```
 */
export const PROVISIONAL_BASIS: { readonly statute: Citation; readonly lunarDates: Citation } = /* @__PURE__ */ Object.freeze({ statute: ART2, lunarDates: LUNAR_SOURCE });

const name = (code: string): HolidayName => HOLIDAY_CODES[code] as HolidayName;

/**
 * The days off the statute gives in `year` (one of the lunar table's years), with the
 * weekdays given back for statutory days that fall on a weekend or coincide with another
 * holiday, each on the next weekday not already off. Ascending by day.
 *
 * @internal
 * @example
 * ```ts
 * assumedDaysOff(2027).map((a) => a.date); // ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', …]
 * ```
 */
export function assumedDaysOff(year: number): readonly { readonly day: number; readonly assumed: AssumedDay }[] {
  const row = lunarDates(year);
  if (row === undefined) return [];
  const at = (mmdd: string, plus = 0): number => daysFromCivil(year, +mmdd.slice(0, 2), +mmdd.slice(2)) + plus;
  const [spring, qingming, dragon, midAutumn] = row;
  // [day, holiday code, lunar or solar-term date]
  const statutory: [number, string, boolean][] = [
    [at('0101'), 'Y', false],
    [at(spring, -1), 'S', true],
    [at(spring), 'S', true],
    [at(spring, 1), 'S', true],
    [at(spring, 2), 'S', true],
    [at(qingming), 'Q', true],
    [at('0501'), 'L', false],
    [at('0502'), 'L', false],
    [at(dragon), 'D', true],
    [at(midAutumn), 'M', true],
    [at('1001'), 'N', false],
    [at('1002'), 'N', false],
    [at('1003'), 'N', false],
  ];
  const off = new Map<number, AssumedDay>();
  const owed: [number, string][] = [];
  for (const [day, code, lunar] of statutory) {
    const a: AssumedDay = Object.freeze({ date: formatCivilDate(day), holiday: name(code), basis: 'statutory', cite: ART2, ...(lunar ? { dateSource: LUNAR_SOURCE } : {}) });
    if (isWeekend(day) || off.has(day)) owed.push([day, code]);
    else off.set(day, a);
  }
  for (const [day, code] of owed) {
    let d = day + 1;
    while (isWeekend(d) || off.has(d)) d++;
    off.set(d, Object.freeze({ date: formatCivilDate(d), holiday: name(code), basis: 'substitute', cite: ART6 }));
  }
  return [...off].sort((a, b) => a[0] - b[0]).map(([day, assumed]) => ({ day, assumed }));
}
