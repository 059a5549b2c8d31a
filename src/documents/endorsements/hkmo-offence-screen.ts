/**
 * The screen of HK/Macau endorsement applicants against the list of people who broke the law or
 * its rules in Hong Kong or Macau (在港澳违法违规人员报备库), as a dated refusal ground.
 *
 * `endorsement.hkmo.refusal-grounds` (set; local members add): the ground
 * `hkmo-offence-record`. Guangzhou (440100) screened against that list from 2004-08, when it
 * opened individual visits to all its residents on the strength of its connected databases
 * (the office's own account of about 2006). No national instrument naming such a list for
 * endorsements was found; the national counterpart is 出境入境管理法 art. 12(4), which bars the
 * exit of people repatriated from another country *or region* for illegal exit, stay or work
 * within the bar years — modelled as an exit ban (`exitBans`, `border-offence-bar`), not here.
 *
 * The applicant's flag is `hkmoOffenceRecord: true` (the host system's finding: the person is on
 * the list).
 *
 * @module
 */
import type { Citation } from '../../rules/citation.js';
import { cite, verbatim, PRESS_GUANGZHOU_2006 } from '../../rules/instruments/index.js';
import type { PolicyView } from '../../rules/policy-at.js';
import { defineReasons, type Reason } from '../../rules/reasons.js';
import { deepFreeze } from '../../rules/snapshot.js';
import { type SetTableData, setTableHead } from '../../rules/table.js';
import { VERIFIED_THROUGH } from '../document-form.js';
import * as z from 'zod/mini';
import type { EndorsementOptions } from './endorsement-options.js';
import type { EndorsementRequest } from './request.js';

/**
 * The ground codes of the screen.
 *
 * @example
 * ```ts
 * HKMO_SCREEN_GROUNDS; // ['hkmo-offence-record']
 * ```
 */
export const HKMO_SCREEN_GROUNDS = /* @__PURE__ */ Object.freeze(['hkmo-offence-record'] as const);

/**
 * The refusal-ground table spec of HK/Macau endorsements.
 *
 * @example
 * ```ts
 * policyAt(defaultPolicy(), '2005-06-01', { division: '440100' }).has(HKMO_REFUSAL_GROUNDS, 'hkmo-offence-record'); // true
 * ```
 */
export const HKMO_REFUSAL_GROUNDS = /* @__PURE__ */ setTableHead({
  id: 'endorsement.hkmo.refusal-grounds',
  label: { 'zh-CN': '不予签发赴港澳签注的情形', en: 'Grounds to refuse a HK/Macau endorsement' },
  local: true,
});

/** The schema of the members of {@link HKMO_REFUSAL_GROUNDS} (validation reads it; a reader needs only the head). */
export const HKMO_REFUSAL_GROUNDS_MEMBER = /* @__PURE__ */ z.enum(HKMO_SCREEN_GROUNDS);

const GUANGZHOU: Citation = /* @__PURE__ */ cite(PRESS_GUANGZHOU_2006, {
  quote: verbatim('在相继建立了登记备案人员报备库、不准出境人员报备库、在港澳违法违规人员报备库、在逃人员报备库并实现与人口信息库联网的基础上，建成一个功能强大、准确度高的自动核查数据库，为顺利实施护照按需申领和开办个人港澳游业务提供保障'),
});

/**
 * National data: no national member (see the module note).
 *
 * @example
 * ```ts
 * HKMO_SCREEN_NATIONAL['endorsement.hkmo.refusal-grounds']?.kind; // 'set'
 * ```
 */
export const HKMO_SCREEN_NATIONAL: Readonly<Record<string, SetTableData>> = /* @__PURE__ */ deepFreeze({
  'endorsement.hkmo.refusal-grounds': { kind: 'set', verifiedThrough: VERIFIED_THROUGH, members: [] },
});

/**
 * Local measures: Guangzhou (440100) from 2004-08.
 *
 * @example
 * ```ts
 * Object.keys(HKMO_SCREEN_LOCAL); // ['440100']
 * ```
 */
export const HKMO_SCREEN_LOCAL: Readonly<Record<string, Readonly<Record<string, SetTableData>>>> = /* @__PURE__ */ deepFreeze({
  '440100': {
    'endorsement.hkmo.refusal-grounds': {
      kind: 'set',
      verifiedThrough: VERIFIED_THROUGH,
      members: [
        {
          member: 'hkmo-offence-record',
          from: '2004-08-01',
          cite: GUANGZHOU,
          uncertain:
            'The report (about 2006) says the databases were in place for the on-demand permits and individual visits, which Guangzhou opened in 2004-08; the day is assumed. That a listed applicant is refused (rather than examined further) is read from the report’s purpose of the check, not from a rule; how long a listing lasts is not known.',
        },
      ],
    },
  },
});

/**
 * The messages of the screen's reason.
 *
 * @example
 * ```ts
 * HKMO_SCREEN_REASONS['endorsement.refused.hkmo-offence-record']?.en;
 * ```
 */
export const HKMO_SCREEN_REASONS = /* @__PURE__ */ defineReasons({
  'endorsement.refused.hkmo-offence-record': {
    params: [],
    'zh-CN': '申请人列入在港澳违法违规人员报备库，不予签发赴港澳签注',
    en: 'The applicant is on the list of people who broke the law in Hong Kong or Macau: no HK/Macau endorsement is issued',
  },
});

/**
 * The decision of the endorsement rules with the screen applied: an applicant flagged
 * `hkmoOffenceRecord` is refused a HK/Macau endorsement wherever the ground is in force (the
 * other reasons are kept). Unflagged applicants and Taiwan endorsements pass unchanged, without
 * reading the table.
 *
 * @internal
 * @example
 * ```ts
 * screenHkmoOffences(view, request, endorsementOptionsTrusted(view, request, policy));
 * ```
 */
export function screenHkmoOffences(view: PolicyView, req: EndorsementRequest, result: EndorsementOptions): EndorsementOptions {
  if (req.applicant.hkmoOffenceRecord !== true || req.destination === 'taiwan') return result;
  const m = view.member(HKMO_REFUSAL_GROUNDS, 'hkmo-offence-record');
  if (m === undefined) return result;
  const reason: Reason = { code: 'endorsement.refused.hkmo-offence-record', params: {}, cite: m.cite };
  const base = { type: result.type, destination: result.destination, date: result.date, refused: result.refused, basis: result.basis, unverified: result.unverified || m.unverified === true };
  return deepFreeze({ ...base, status: 'refused', reasons: [reason, ...(result.status === 'refused' ? result.reasons : [])] }) as EndorsementOptions;
}
