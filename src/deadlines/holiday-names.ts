/**
 * Names of the public holidays that appear in the State Council arrangements, in zh-CN and en.
 *
 * @module
 */

/**
 * A holiday's stable key and its names in zh-CN and en.
 *
 * @example
 * ```ts
 * const name: HolidayName = { key: 'spring-festival', 'zh-CN': '春节', en: 'Spring Festival' };
 * ```
 */
export interface HolidayName {
  readonly key: string;
  readonly 'zh-CN': string;
  readonly en: string;
}

/**
 * Keys of the holidays named by the State Council notices since 2004.
 *
 * @example
 * ```ts
 * const key: HolidayKey = 'national-day';
 * ```
 */
export type HolidayKey =
  | 'new-year'
  | 'spring-festival'
  | 'qingming'
  | 'labour-day'
  | 'dragon-boat'
  | 'mid-autumn'
  | 'national-day'
  | 'national-day-mid-autumn'
  | 'victory-anniversary';

/** Code used in the compact calendar data → name. @internal */
export const HOLIDAY_CODES: Readonly<Record<string, HolidayName>> = /* @__PURE__ */ Object.freeze({
  Y: Object.freeze({ key: 'new-year', 'zh-CN': '元旦', en: "New Year's Day" }),
  S: Object.freeze({ key: 'spring-festival', 'zh-CN': '春节', en: 'Spring Festival' }),
  Q: Object.freeze({ key: 'qingming', 'zh-CN': '清明节', en: 'Qingming Festival' }),
  L: Object.freeze({ key: 'labour-day', 'zh-CN': '劳动节', en: 'Labour Day' }),
  D: Object.freeze({ key: 'dragon-boat', 'zh-CN': '端午节', en: 'Dragon Boat Festival' }),
  M: Object.freeze({ key: 'mid-autumn', 'zh-CN': '中秋节', en: 'Mid-Autumn Festival' }),
  N: Object.freeze({ key: 'national-day', 'zh-CN': '国庆节', en: 'National Day' }),
  Z: Object.freeze({ key: 'national-day-mid-autumn', 'zh-CN': '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' }),
  V: Object.freeze({
    key: 'victory-anniversary',
    'zh-CN': '中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日',
    en: '70th anniversary of the victory of the War of Resistance against Japanese Aggression',
  }),
});

/**
 * The name of a calendar day entry: the built-in data stores its holiday as a code of
 * {@link HOLIDAY_CODES} (so that plain working-day arithmetic does not carry the names); a
 * calendar extended by the caller stores the name itself.
 *
 * @internal
 * @example
 * ```ts
 * holidayNameOf('S').key; // 'spring-festival'
 * ```
 */
export function holidayNameOf(name: HolidayName | string): HolidayName {
  return typeof name === 'string' ? (HOLIDAY_CODES[name] as HolidayName) : name;
}
