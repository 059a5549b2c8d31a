/**
 * Reason codes of `evaluate` itself (the parts it calls bring their own).
 *
 * @module
 */
import { defineReasons } from '../rules/reasons.js';

/**
 * Reasons `evaluate` adds when it composes the parts.
 *
 * @example
 * ```ts
 * renderReason({ code: 'evaluate.permit-missing', params: { destination: 'hong-kong' } }, 'en', EVALUATE_REASONS);
 * ```
 */
export const EVALUATE_REASONS = /* @__PURE__ */ defineReasons({
  'evaluate.part-unavailable': {
    params: ['part', 'detail'],
    'zh-CN': '无法判断“{part}”：{detail}',
    en: 'Could not decide "{part}": {detail}',
  },
  'evaluate.permit-missing': {
    params: ['destination'],
    'zh-CN': '没有有效的通行证，也未同时申请通行证，无法签注（目的地：{destination}）',
    en: 'No valid permit is held or applied for in the same application, so no endorsement can be issued (destination: {destination})',
  },
  'evaluate.option-not-offered': {
    params: ['months', 'entries'],
    'zh-CN': '所选签注种类（{months}个月{entries}）不在可签发的范围内',
    en: 'The option chosen ({months} months, {entries}) is not among those that may be granted',
  },
  'evaluate.option-chosen': {
    params: ['id', 'until'],
    'zh-CN': '可签发所选签注（{id}），有效期至{until}',
    en: 'The endorsement chosen ({id}) may be granted, valid until {until}',
  },
  'evaluate.ground-not-accepted': {
    params: ['ground'],
    'zh-CN': '申请事由“{ground}”在受理当日不属于可换发或补发的情形',
    en: 'The ground "{ground}" is not a renewal or replacement ground on the acceptance date',
  },
  'evaluate.fee-trips-unknown': {
    params: ['service'],
    'zh-CN': '{service}的费用取决于单次、二次或多次往返，申请未说明，未计价',
    en: 'The fee of {service} depends on single, double or multiple trips, which the application does not state: not priced',
  },
  'evaluate.fee-option-not-chosen': {
    params: ['service'],
    'zh-CN': '{service}未选择签注种类（有效期和次数），费用未计价',
    en: 'No option (validity and entries) was chosen for {service}: its fee is not priced',
  },
  'evaluate.processing-unknown': {
    params: ['service', 'publishedThrough'],
    'zh-CN': '{service}的办结日期超出已公布的工作日历（至{publishedThrough}），暂无法计算',
    en: 'The due date of {service} falls past the published working-day calendar (through {publishedThrough}): it cannot be counted yet',
  },
  'evaluate.unverified': {
    params: ['date'],
    'zh-CN': '部分规则只核实到更早的日期，{date}的结论未经核实',
    en: 'Some rules are verified only up to an earlier date; the result for {date} is unverified',
  },
});
