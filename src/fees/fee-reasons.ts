/**
 * Reason codes of fee quotes.
 *
 * @module
 */
import { defineReasons } from '../rules/reasons.js';

/**
 * Reasons of fee quotes, with their zh-CN and en messages.
 *
 * @example
 * ```ts
 * renderReason({ code: 'fee.exemption.disabled', params: {} }, 'zh-CN', FEE_REASONS); // '残疾人免收邮寄费'
 * ```
 */
export const FEE_REASONS = defineReasons({
  'fee.exemption.age-60-plus': {
    params: ['age'],
    'zh-CN': '申请人{age}周岁，年满60周岁免收邮寄费',
    en: 'Postage waived: the applicant is {age}, and people aged 60 or over pay none',
  },
  'fee.exemption.disabled': {
    params: [],
    'zh-CN': '残疾人免收邮寄费',
    en: 'Postage waived for disabled people',
  },
  'fee.exemption.suspended-reissue': {
    params: [],
    'zh-CN': '因2020年1月28日起暂停办理而未使用的旅游签注，免费重新签发',
    en: 'Free re-issue of a tourist endorsement left unused by the suspension from 2020-01-28',
  },
  'fee.not-priced': {
    params: ['item', 'date'],
    'zh-CN': '{date}没有“{item}”的收费标准',
    en: 'No fee is set for "{item}" on {date}',
  },
  'fee.rule-beyond-verified': {
    params: ['item', 'date', 'verifiedThrough'],
    'zh-CN': '“{item}”的收费标准只核实到{verifiedThrough}，{date}的结果未经核实',
    en: 'The fee for "{item}" is verified through {verifiedThrough}; the figure for {date} is unverified',
  },
});
