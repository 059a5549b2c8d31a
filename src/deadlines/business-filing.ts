/**
 * The HK/Macau business filing (赴港澳商务备案) as a service of its own: an employer files
 * with the exit-entry office so that its staff can apply for business endorsements (the
 * endorsement rules' `filed-employer`); the office commits to complete the filing within a time
 * limit. No national limit is known; Harbin's was 7 working days, cut to 5 in 2014
 * (「哈市公安局出入境管理工作受到群众好评」, 黑龙江, 2014-10-27).
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import { cite, verbatim, LOCAL_HARBIN_2014 } from '../rules/instruments/index.js';
import type { PolicyView } from '../rules/policy-at.js';
import { type ValueTableData, defineValueTable } from '../rules/table.js';
import { computeDeadlineTrusted } from './compute-deadline.js';
import { type ProcessingLimit, PROCESSING_VERIFIED_THROUGH, processingLimitSchema } from './processing-tables.js';

/**
 * The business-filing limit table spec (local measures only).
 *
 * @example
 * ```ts
 * policyAt(defaultPolicy(), '2014-11-03', { division: '230100' }).value(BUSINESS_FILING_LIMIT); // 5 working days
 * ```
 */
export const BUSINESS_FILING_LIMIT = /* @__PURE__ */ defineValueTable<ProcessingLimit>({
  id: 'processing.local.hkmo-business-filing',
  label: { 'zh-CN': '受理地承诺时限：赴港澳商务备案', en: 'Office commitment: HK/Macau business filing' },
  value: processingLimitSchema,
  local: true,
});

const table = (entries: ValueTableData<ProcessingLimit>['entries']): ValueTableData<ProcessingLimit> => ({ kind: 'value', verifiedThrough: PROCESSING_VERIFIED_THROUGH, entries });
const HARBIN: Citation = /* @__PURE__ */ cite(LOCAL_HARBIN_2014, { quote: verbatim('将赴港澳商务备案工作时限由原7个工作日缩短为自受理之日起5个工作日内完成') });

/**
 * National data: none (no national limit for the filing is known).
 *
 * @example
 * ```ts
 * BUSINESS_FILING_NATIONAL['processing.local.hkmo-business-filing']?.entries.length; // 0
 * ```
 */
export const BUSINESS_FILING_NATIONAL: Readonly<Record<string, ValueTableData<ProcessingLimit>>> = /* @__PURE__ */ Object.freeze({ 'processing.local.hkmo-business-filing': table([]) });

/**
 * Local measures: Harbin (230100), 7 working days, then 5.
 *
 * @example
 * ```ts
 * Object.keys(BUSINESS_FILING_LOCAL); // ['230100']
 * ```
 */
export const BUSINESS_FILING_LOCAL: Readonly<Record<string, Readonly<Record<string, ValueTableData<ProcessingLimit>>>>> = /* @__PURE__ */ Object.freeze({
  '230100': {
    'processing.local.hkmo-business-filing': table([
      {
        from: '2014-01-01',
        to: '2014-09-30',
        value: { unit: 'working-days', count: 7 },
        cite: HARBIN,
        uncertain:
          'The former limit, known only from its cut. The report (2014-10-27) covers the measures “年初以来” (since the start of the year): 2014-01-01 is derived from its publication date; since when 7 days applied before that is not known.',
      },
      {
        from: '2014-10-01',
        value: { unit: 'working-days', count: 5 },
        cite: HARBIN,
        uncertain: 'The day of the cut is not reported; 2014-10-01 is used, as for Harbin’s other limits of the same report. No later source confirms it still stands.',
      },
    ]),
  },
});

/**
 * The due date of a business filing accepted at `acceptedAt` (a civil date or an instant with an
 * offset) at the view's office, or `undefined` when no limit is known there.
 *
 * @internal
 * @throws `CalendarRangeError` when the due day lies past the calendar.
 * @example
 * ```ts
 * businessFilingDueTrusted(policyAt(defaultPolicy(), '2014-11-03', { division: '230100' }), '2014-11-03')?.due; // '2014-11-10'
 * ```
 */
export function businessFilingDueTrusted(view: PolicyView, acceptedAt: string): { readonly due: string; readonly limit: ProcessingLimit; readonly cite: Citation; readonly unverified: boolean; readonly uncertain?: string } | undefined {
  const r = view.value(BUSINESS_FILING_LIMIT);
  if (!r.inForce) return undefined;
  const d = computeDeadlineTrusted({ start: acceptedAt, rule: { ...r.value, cite: r.cite } });
  return Object.freeze({ due: d.due, limit: r.value, cite: r.cite, unverified: r.unverified, ...(r.uncertain === undefined ? {} : { uncertain: r.uncertain }) });
}
