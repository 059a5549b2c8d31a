/**
 * Places of the applicant and the office, reduced to the level the rules speak of: the city
 * (prefecture-level division, GB/T 2260) and the province.
 *
 * - A county-level code belongs to its prefecture (440304 → 440300).
 * - A municipality (北京, 天津, 上海, 重庆) given by its province-level code (110000) is its
 *   city-level code (110100); its counties group under it (500229 → 500100).
 * - A county-level city administered directly by a province (济源 419001) has no prefecture:
 *   it is its own "city".
 *
 * The 横琴粤澳深度合作区 is not a GB/T 2260 division: it lies in 珠海市 (440400). It is an explicit
 * `zone: 'hengqin'` flag on the applicant's hukou or residence permit (see `applicant.ts`), so a
 * Hengqin resident is a Zhuhai resident for every other rule.
 *
 * @module
 */
import { prefectureCodeOf, provinceCodeOf } from '../../rules/divisions.js';

const MUNICIPALITIES = /* @__PURE__ */ new Set(['110000', '120000', '310000', '500000']);

/**
 * Whether a code names a catalogued province or prefecture, or a county-level code under one.
 *
 * @example
 * ```ts
 * isKnownDivision('440304'); // true (福田区)
 * isKnownDivision('449999'); // false
 * ```
 */
export function isKnownDivision(code: string): boolean {
  try {
    prefectureCodeOf(code);
    return true;
  } catch {
    return false;
  }
}

/**
 * The city (prefecture-level) of a known division code.
 *
 * @example
 * ```ts
 * cityOf('440304'); // '440300'
 * cityOf('110000'); // '110100'
 * cityOf('419001'); // '419001' (济源: no prefecture)
 * ```
 */
export function cityOf(code: string): string {
  if (MUNICIPALITIES.has(code)) return `${code.slice(0, 2)}0100`;
  return prefectureCodeOf(code) ?? code;
}

/**
 * The province of a known division code.
 *
 * @example
 * ```ts
 * provinceOf('440304'); // '440000'
 * ```
 */
export function provinceOf(code: string): string {
  // the code's prefecture (itself, for a prefecture) gives the province; a province, or a county under no prefecture, its first two digits
  return provinceCodeOf(prefectureCodeOf(code) ?? `${code.slice(0, 2)}0000`);
}

/**
 * Whether `code` lies in `area` (a province or a city code), at city or province level.
 *
 * @example
 * ```ts
 * isWithin('440304', '440000'); // true
 * isWithin('440304', '440300'); // true
 * isWithin('440304', '440100'); // false
 * ```
 */
export function isWithin(code: string, area: string): boolean {
  return cityOf(code) === cityOf(area) || provinceOf(code) === area;
}
