/**
 * The reasons of a citizen identity number's problems: the instruments that set the number's
 * rules (GB 11643-1999, 国发〔1999〕15号, the 居民身份证法 and its 2011 amendment), the zh-CN and
 * English messages of every problem ({@link RESIDENT_ID_REASONS}), the type of their codes, and
 * the instrument cited behind each code. `resident-id.ts` re-exports the public part.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import { DIVISIONS_SOURCE } from '../rules/divisions-data.js';
import {
  cite,
  verbatim,
  LAW_RESIDENT_ID_CARD,
  LAW_RESIDENT_ID_CARD_AMENDMENT_2011,
  SC_1999_CITIZEN_NUMBER,
  STD_GB_11643_1999,
} from '../rules/instruments/index.js';
import { defineReasons } from '../rules/reasons.js';

/**
 * GB 11643-1999 公民身份号码: structure of the number and the check character.
 *
 * @example
 * ```ts
 * GB_11643_1999.number; // 'GB 11643-1999'
 * ```
 */
export const GB_11643_1999: Citation = cite(STD_GB_11643_1999, {
  article: '号码的结构和表示形式（地址码、出生日期码、顺序码、校验码）',
  note: '6-digit address code (GB/T 2260 code of the county of permanent residence when the number was assigned), 8-digit birth date, 3-digit sequence (odd for men, even for women), check character by ISO 7064:1983 MOD 11-2 with weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 and remainders 0–10 mapped to 1 0 X 9 8 7 6 5 4 3 2.',
});

/**
 * 国务院关于实行公民身份号码制度的决定 (国发〔1999〕15号): the 18-digit number for every citizen
 * from 1999-10-01, unique and unchanged for life.
 *
 * @example
 * ```ts
 * CITIZEN_NUMBER_DECISION_1999.number; // '国发〔1999〕15号'
 * ```
 */
export const CITIZEN_NUMBER_DECISION_1999: Citation = /* @__PURE__ */ cite(SC_1999_CITIZEN_NUMBER, {
  article: '第一项、第二项',
  note: 'Item 1: the number follows GB 11643-1999 and has 18 digits (address code, birth date, sequence, check). Item 2: it is assigned to each citizen from birth, unique and unchanged for life.',
});

/**
 * The 2011 amendment of the 居民身份证法: first-generation cards (issued under the 1985
 * 居民身份证条例, with 15-digit numbers) stop being used from 2013-01-01.
 *
 * @example
 * ```ts
 * ID_CARD_LAW_AMENDMENT_2011.effective; // '2012-01-01'
 * ```
 */
export const ID_CARD_LAW_AMENDMENT_2011: Citation = cite(LAW_RESIDENT_ID_CARD_AMENDMENT_2011, { note: 'The article number after renumbering (第二十三条) was not seen in a source.' });

/**
 * 居民身份证法 art. 3(2): the citizen identity number is unique to each citizen and never changes.
 *
 * @example
 * ```ts
 * ID_CARD_LAW_ART_3.article; // '第三条第二款'
 * ```
 */
export const ID_CARD_LAW_ART_3: Citation = /* @__PURE__ */ cite(LAW_RESIDENT_ID_CARD, {
  article: '第三条第二款',
  quote: /* @__PURE__ */ verbatim('公民身份号码是每个公民唯一的、终身不变的身份代码，由公安机关按照公民身份号码国家标准编制'),
  note: 'So an address code of a county since abolished or renamed stays on a valid number.',
});

/**
 * zh-CN and English messages of every resident-ID problem, keyed `resident-id.<issue code>`.
 *
 * @example
 * ```ts
 * renderReason({ code: 'resident-id.check-character-mismatch', params: { actual: '5', expected: 'X' } }, 'en', RESIDENT_ID_REASONS);
 * // 'The check character (18th) should be X, not 5 (ISO 7064 MOD 11-2)'
 * ```
 */
export const RESIDENT_ID_REASONS = /* @__PURE__ */ defineReasons({
  'resident-id.not-a-string': {
    params: ['value'],
    'zh-CN': '公民身份号码应为字符串，收到的是{value}',
    en: 'A citizen identity number must be a string; got {value}',
  },
  'resident-id.first-generation-id': {
    params: ['value'],
    'zh-CN': '{value}是15位的第一代居民身份证号码：自1999年10月1日起每个公民均已编定18位公民身份号码，第一代居民身份证自2013年1月1日起停止使用，请填写转换后的18位号码',
    en: '{value} is a 15-digit first-generation number: every citizen has had an 18-digit citizen identity number since 1999-10-01 and first-generation cards stopped being valid on 2013-01-01; give the converted 18-digit number',
  },
  'resident-id.wrong-length': {
    params: ['length'],
    'zh-CN': '公民身份号码应为18位，这里是{length}位',
    en: 'A citizen identity number has 18 characters; this one has {length}',
  },
  'resident-id.invalid-character': {
    params: ['position', 'character'],
    'zh-CN': '第{position}位字符{character}无效：前17位应为数字，第18位应为数字或X',
    en: 'Character {position} ({character}) is not allowed: the first 17 are digits, the 18th a digit or X',
  },
  'resident-id.unknown-province': {
    params: ['digits'],
    'zh-CN': '前两位{digits}不是内地省级行政区划代码（GB/T 2260）',
    en: 'The first two digits {digits} are not a mainland provincial-level division code (GB/T 2260)',
  },
  'resident-id.impossible-birth-date': {
    params: ['digits'],
    'zh-CN': '出生日期码{digits}不是1800年以后的真实日期',
    en: 'The birth-date code {digits} is not a real date in 1800 or later',
  },
  'resident-id.birth-date-in-future': {
    params: ['birthDate', 'asOf'],
    'zh-CN': '出生日期{birthDate}晚于{asOf}',
    en: 'The birth date {birthDate} is after {asOf}',
  },
  'resident-id.check-character-mismatch': {
    params: ['actual', 'expected'],
    'zh-CN': '校验码（第18位）应为{expected}，而不是{actual}（ISO 7064 MOD 11-2）',
    en: 'The check character (18th) should be {expected}, not {actual} (ISO 7064 MOD 11-2)',
  },
  'resident-id.invalid-stated-birth-date': {
    params: ['value'],
    'zh-CN': '填写的出生日期{value}不是YYYY-MM-DD格式的真实日期',
    en: 'The stated birth date {value} is not a real date written YYYY-MM-DD',
  },
  'resident-id.birth-date-mismatch': {
    params: ['stated', 'derived'],
    'zh-CN': '填写的出生日期{stated}与公民身份号码中的出生日期{derived}不一致',
    en: 'The stated birth date {stated} differs from the one in the identity number, {derived}',
  },
});

/**
 * The code of one resident-ID problem (the `code` of its issue; the reason code is
 * `resident-id.<code>`).
 *
 * @example
 * ```ts
 * const c: ResidentIdIssueCode = 'check-character-mismatch';
 * ```
 */
export type ResidentIdIssueCode = { [K in keyof typeof RESIDENT_ID_REASONS]: K extends `resident-id.${infer C}` ? C : never }[keyof typeof RESIDENT_ID_REASONS];

/** The instrument behind each resident-ID problem. @internal */
export const CITES: Readonly<Record<ResidentIdIssueCode, Citation>> = {
  'not-a-string': GB_11643_1999,
  'first-generation-id': ID_CARD_LAW_AMENDMENT_2011,
  'wrong-length': GB_11643_1999,
  'invalid-character': GB_11643_1999,
  'unknown-province': DIVISIONS_SOURCE,
  'impossible-birth-date': GB_11643_1999,
  'birth-date-in-future': GB_11643_1999,
  'check-character-mismatch': GB_11643_1999,
  'invalid-stated-birth-date': GB_11643_1999,
  'birth-date-mismatch': GB_11643_1999,
};
