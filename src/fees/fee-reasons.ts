/**
 * Reason codes of fee quotes.
 *
 * @module
 */
import { defineReasons } from '../rules/reasons.js';
import { deepFreeze } from '../rules/snapshot.js';

/**
 * Reasons of fee quotes, with their zh-CN and en messages.
 *
 * @example
 * ```ts
 * renderReason({ code: 'fee.exemption.disabled', params: {} }, 'zh-CN', FEE_REASONS); // '残疾人免收邮寄费'
 * ```
 */
export const FEE_REASONS = deepFreeze(
  defineReasons({
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
      'zh-CN': '{date}没有“{item}”的收费标准，未计价',
      en: 'No fee is set for "{item}" on {date}: not priced',
    },
    'fee.postage.not-set': {
      params: ['division', 'date'],
      'zh-CN': '证件邮寄费由各地自定，{date}没有受理地（{division}）的邮寄费标准，未计价',
      en: 'Postal delivery is priced by each office; none is recorded for the office ({division}) on {date}: not priced',
    },
    'fee.rule-beyond-verified': {
      params: ['item', 'date', 'verifiedThrough'],
      'zh-CN': '“{item}”的收费标准只核实到{verifiedThrough}，{date}未予计价（选择beyondVerified: flag可得到未经核实的金额）',
      en: 'The fee for "{item}" is verified through {verifiedThrough}: {date} is not priced (beyondVerified: \'flag\' gives the unverified figure)',
    },
    'fee.table-missing': {
      params: ['item', 'table'],
      'zh-CN': '所用政策没有“{item}”所需的收费表{table}，未计价',
      en: 'The policy has no table {table}, which "{item}" needs: not priced',
    },
  }),
);
