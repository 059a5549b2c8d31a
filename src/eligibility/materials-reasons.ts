/**
 * Reason codes of the materials checklist, 容缺受理 and the one-time notice, with zh-CN and
 * English templates. Every checklist item carries one reason per requirement rule that asks for
 * it; every acceptance decision carries the reasons that decided it.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import { defineReasons } from '../rules/reasons.js';

/**
 * The materials and acceptance reason catalogue: code → parameters and templates.
 *
 * @example
 * ```ts
 * renderReason({ code: 'materials.fingerprints', params: { age: 30 } }, 'en', MATERIAL_REASONS);
 * // 'Aged 30 on the acceptance date, 16 or over: fingerprints are taken at acceptance'
 * ```
 */
export const MATERIAL_REASONS = /* @__PURE__ */ defineReasons({
  // why a material is required (one code per requirement rule)
  'materials.application-form': { params: [], 'zh-CN': '每项申请均须提交出入境证件申请表', en: 'Every application needs the application form' },
  'materials.identity': { params: ['age'], 'zh-CN': '申请人{age}周岁：申请证件须交验本人居民身份证（领取、换领、补领期间可提交临时居民身份证）', en: 'Aged {age}: a document application needs the applicant’s identity card (a temporary card while one is being issued)' },
  'materials.identity-under-16': { params: ['age'], 'zh-CN': '申请人{age}周岁，未满16周岁：交验居民身份证，或者临时居民身份证、居民户口簿', en: 'Aged {age}, under 16: the identity card, or a temporary card or the household register' },
  'materials.hukou-booklet': { params: [], 'zh-CN': '申请须同时交验居民身份证和居民户口簿（公安部2015年12月28日公告施行前的做法）', en: 'The household register is shown with the identity card (the practice until the MPS announcement of 2015-12-28)' },
  'materials.copies-of-id': { params: [], 'zh-CN': '须提交居民身份证、户口簿复印件（公安部2015年12月28日公告施行前的做法）', en: 'Photocopies of the identity card and household register (required until the MPS announcement of 2015-12-28)' },
  'materials.photo': { params: [], 'zh-CN': '申请证件须提交符合《出入境证件相片照相指引》的相片，可以现场采集', en: 'A document application needs a photo meeting the exit-entry photo guidelines; it may be taken on site' },
  'materials.fingerprints': { params: ['age'], 'zh-CN': '申请人{age}周岁，已满16周岁：受理时须现场采集指纹', en: 'Aged {age} on the acceptance date, 16 or over: fingerprints are taken at acceptance' },
  'materials.applicant-presence': { params: [], 'zh-CN': '申请证件须本人到场，接受面见并现场采集相片、指纹', en: 'The applicant attends in person: interview, photo and fingerprints on site' },
  'materials.guardian-presence': { params: ['age'], 'zh-CN': '申请人{age}周岁，未满16周岁：须由监护人陪同，监护人无法陪同的可以书面委托他人陪同', en: 'Aged {age}, under 16: a guardian must accompany the applicant, or a person the guardian authorises in writing' },
  'materials.guardian-consent': { params: ['age'], 'zh-CN': '申请人{age}周岁，未满16周岁：须提交监护人同意出境的意见', en: 'Aged {age}, under 16: the guardian’s consent to the trip is needed' },
  'materials.guardian-id': { params: ['age'], 'zh-CN': '申请人{age}周岁，未满16周岁：须交验监护人的身份证明', en: 'Aged {age}, under 16: the guardian’s identity document is needed' },
  'materials.relationship-proof': { params: ['age'], 'zh-CN': '申请人{age}周岁，未满16周岁：须提交监护关系证明', en: 'Aged {age}, under 16: proof of guardianship is needed' },
  'materials.approval-letter': { params: [], 'zh-CN': '登记备案的国家工作人员须提交所属单位按人事管理权限出具的同意出境意见', en: 'Registered state personnel need their employer’s approval of the trip, given under its personnel authority' },
  'materials.old-passport': { params: [], 'zh-CN': '换发普通护照须交回原护照', en: 'A passport renewal needs the current passport' },
  'materials.old-permit': { params: [], 'zh-CN': '换发通行证须交回原通行证', en: 'A permit renewal needs the current permit' },
  'materials.loss-statement': { params: [], 'zh-CN': '申请补发须提交证件遗失、被盗或者损毁的情况说明', en: 'A replacement needs a statement of the loss, theft or damage' },
  'materials.damaged-document': { params: [], 'zh-CN': '因证件损毁申请补发的，须交回损毁的证件', en: 'A replacement for damage needs the damaged document' },
  'materials.valid-permit': { params: [], 'zh-CN': '单独申请签注须提交有效通行证（同时申请通行证的除外）', en: 'An endorsement on its own needs a valid permit (not when the permit is applied for at the same time)' },
  'materials.hkmo-T.kinship-proof': { params: [], 'zh-CN': '申请赴港澳探亲签注须提交与被探望亲属的亲属关系证明', en: 'A Hong Kong/Macao family-visit (T) endorsement needs proof of kinship with the relative' },
  'materials.hkmo-T.relative-id': { params: [], 'zh-CN': '申请赴港澳探亲签注须提交港澳亲属的身份证明', en: 'A Hong Kong/Macao family-visit (T) endorsement needs the relative’s Hong Kong or Macao identity documents' },
  'materials.hkmo-S.business-licence': { params: [], 'zh-CN': '申请商务签注须交验营业执照或者有关登记证书（已备案单位在备案有效期内无需重复提交）', en: 'A business (S) endorsement needs the business licence or registration (not again for staff of a filed employer)' },
  'materials.hkmo-S.social-insurance': { params: [], 'zh-CN': '未备案单位人员申请商务签注须提交单位为本人缴纳社会保险的凭证', en: 'Staff of an unfiled employer need proof that the employer pays their social insurance' },
  'materials.hkmo-S.dispatch-letter': { params: [], 'zh-CN': '单位人员申请商务签注须提交单位出具的派遣函或者事由说明', en: 'Staff need the employer’s dispatch letter or statement of the business purpose' },
  'materials.hkmo-Q.purpose-evidence': { params: [], 'zh-CN': '申请其他（Q）签注须提交与申请事由相关的证明材料', en: 'An other-purpose (Q) endorsement needs evidence of the purpose' },
  'materials.hkmo-D.entry-permission': { params: [], 'zh-CN': '申请逗留（D）签注须提交香港或者澳门的入境许可', en: 'A stay (D) endorsement needs the Hong Kong or Macao entry permission' },
  'materials.hkmo-talent.certificate': { params: [], 'zh-CN': '申请人才签注须提交人才认定证明', en: 'A talent endorsement needs the talent certification' },
  'materials.hkmo-G.residence-permit': { params: [], 'zh-CN': '非户籍居民凭居住证申请个人旅游签注的，须提交开放城市的居住证', en: 'A non-hukou resident applying for an individual-visit (G) endorsement as a residence-permit holder needs the scheme city’s residence permit' },
  'materials.taiwan-L.tour-invoice': { params: [], 'zh-CN': '申请赴台团队旅游签注须提交组团社发票（公安部2015年12月28日公告取消前）', en: 'A Taiwan group-tour (L) endorsement needed the tour operator’s invoice (until the MPS announcement of 2015-12-28)' },
  'materials.taiwan.tao-approval': { params: [], 'zh-CN': '申请赴台应邀、商务、学习、乘务签注须提交台办出具的批准函件', en: 'Taiwan invitation, business, study and crew endorsements need the Taiwan Affairs Office’s approval' },
  'materials.taiwan.entry-permit': { params: [], 'zh-CN': '申请赴台探亲、定居、居留、其他签注须提交相应的台湾地区入境许可', en: 'Taiwan family-visit, settlement, residence and other endorsements need the matching Taiwan entry permit' },
  'materials.urgent-evidence': { params: [], 'zh-CN': '申请加急办理须提交加急事由的证明材料', en: 'Urgent handling needs evidence of the urgent reason' },
  'materials.non-hukou.residence-permit': { params: [], 'zh-CN': '非户籍居民在居住地申请的，须提交居住证（或暂住证明）', en: 'A non-hukou resident applying where they live needs the residence permit (or temporary residence proof)' },
  'materials.non-hukou.social-insurance': { params: [], 'zh-CN': '非本市户籍就业人员须提交在就业地缴纳社会保险的证明', en: 'A non-hukou employee needs proof of social insurance paid where they work' },
  'materials.non-hukou.enrolment-proof': { params: [], 'zh-CN': '非本市户籍在读大学生须提交就读院校出具的在学证明', en: 'A non-hukou university student needs a certificate of enrolment' },
  'materials.local-relative.kinship-proof': { params: [], 'zh-CN': '以本地户籍亲属为依据在当地申请的，须提交亲属关系证明', en: 'Applying where a relative has local hukou needs proof of kinship with that relative' },
  'materials.local-relative.id': { params: [], 'zh-CN': '以本地户籍亲属为依据在当地申请的，须交验该亲属的居民身份证', en: 'Applying where a relative has local hukou needs that relative’s identity card' },
  'materials.unverified': { params: ['table'], 'zh-CN': '该日期晚于{table}的核实截止日，结果未经核实', en: 'The date is past the last verified date of {table}: this result is not verified' },

  // acceptance decisions
  'acceptance.accepted': { params: [], 'zh-CN': '申请材料齐全、符合法定形式，当场受理', en: 'The materials are complete and in due form: accepted on the spot' },
  'acceptance.deferred.accepted': { params: ['count'], 'zh-CN': '核心材料齐全，{count}项次要材料欠缺，经申请人承诺后容缺受理', en: 'Core materials complete, {count} secondary item(s) missing: accepted under 容缺受理 on the applicant’s written commitment' },
  'acceptance.deferred.cure.working-days': { params: ['count'], 'zh-CN': '欠缺材料须自受理之日起{count}个工作日内补齐补正', en: 'The missing items must be supplied within {count} working days of acceptance' },
  'acceptance.deferred.cure.calendar-days': { params: ['count'], 'zh-CN': '欠缺材料须自受理之日起{count}日内补齐补正', en: 'The missing items must be supplied within {count} days of acceptance' },
  'acceptance.deferred.clock.runs': { params: [], 'zh-CN': '补正期间审查照常进行，办理时限自受理之日起计算；材料补齐后签发证件', en: 'Review goes on meanwhile and the time limit runs from acceptance; the document is issued once the items arrive' },
  'acceptance.deferred.clock.starts-at-cure': { params: [], 'zh-CN': '办理时限自欠缺材料补齐之日起计算', en: 'The time limit runs from the day the missing items arrive' },
  'acceptance.deferred.on-failure.terminate': { params: [], 'zh-CN': '逾期未补齐或者补正材料不符合要求的，终止容缺办理，后果由申请人承担', en: 'If the items are late or do not comply, the deferred handling is terminated at the applicant’s cost' },
  'acceptance.deferred.on-failure.refuse': { params: [], 'zh-CN': '逾期未补齐或者补正材料不符合要求的，作出不予批准的决定', en: 'If the items are late or do not comply, the application is refused' },
  'acceptance.deferred.on-failure.withdraw': { params: [], 'zh-CN': '逾期未补齐或者补正材料不符合要求的，视为申请人撤回申请', en: 'If the items are late or do not comply, the application counts as withdrawn' },
  'acceptance.deferred.credit-unchecked': { params: [], 'zh-CN': '有不良信用记录的申请人不适用容缺受理：受理前须核查信用记录', en: 'Applicants with a bad credit record are excluded: the office must check the record before accepting' },
  'acceptance.not-accepted': { params: ['count'], 'zh-CN': '申请材料不齐全或者不符合法定形式：一次性告知须补正的全部{count}项内容', en: 'The materials are incomplete or not in due form: all {count} item(s) to supply or correct are notified at once' },
  'acceptance.deferred.unavailable': { params: [], 'zh-CN': '受理机关在该日期未实行出入境证件容缺受理', en: 'The office does not practise 容缺受理 for exit-entry documents on that date' },
  'acceptance.deferred.core-missing': { params: ['count'], 'zh-CN': '欠缺{count}项核心材料，不适用容缺受理', en: '{count} core item(s) missing: 容缺受理 does not apply' },
  'acceptance.deferred.not-listed': { params: ['count'], 'zh-CN': '{count}项欠缺材料不在受理机关的容缺受理材料清单内', en: '{count} missing item(s) are not on the office’s list of deferrable materials' },
  'acceptance.deferred.no-opt-in': { params: [], 'zh-CN': '申请人未选择容缺受理并作出书面承诺，按一般程序办理', en: 'The applicant did not choose 容缺受理 and commit in writing: the ordinary procedure applies' },
  'acceptance.deferred.credit-blocked': { params: [], 'zh-CN': '申请人有不良信用记录，信用修复前不适用容缺受理', en: 'The applicant has a bad credit record: no 容缺受理 until the record is repaired' },

  // the one-time notice (一次性告知) and the 容缺受理 notice, line by line
  'acceptance.notice.header': { params: ['count'], 'zh-CN': '一次性告知：申请材料不齐全或者不符合法定形式，请一次性补正以下{count}项内容后再行申请', en: 'One-time notice: the materials are incomplete or not in due form; supply or correct all {count} item(s) below, then apply again' },
  'acceptance.notice.supply': { params: ['n', 'material', 'why'], 'zh-CN': '{n}. 请提交：{material}。{why}', en: '{n}. Supply: {material}. {why}' },
  'acceptance.notice.supply-any': { params: ['n', 'material', 'alternatives', 'why'], 'zh-CN': '{n}. 请提交：{material}（或者：{alternatives}）。{why}', en: '{n}. Supply: {material} (or: {alternatives}). {why}' },
  'acceptance.notice.correct': { params: ['n', 'material', 'why'], 'zh-CN': '{n}. 请补正（所交材料不符合要求）：{material}。{why}', en: '{n}. Correct (what was handed in does not comply): {material}. {why}' },
  'acceptance.notice.basis': { params: [], 'zh-CN': '依据：《中华人民共和国行政许可法》第三十二条；《中华人民共和国普通护照和出入境通行证签发管理办法》第七条', en: 'Basis: Administrative Licensing Law, art. 32; MPS Order No. 96 (ordinary passports and exit-entry permits), art. 7' },
  // what happened after a deferred acceptance (deferredFollowUp)
  'acceptance.follow-up.cured': { params: ['curedOn', 'cureDue'], 'zh-CN': '欠缺材料已于{curedOn}补齐补正（期限为{cureDue}），按材料齐全继续办理', en: 'The missing items arrived by {curedOn} (due by {cureDue}): the application proceeds as complete' },
  'acceptance.follow-up.waiting': { params: ['count', 'cureDue'], 'zh-CN': '尚有{count}项材料未补齐补正，期限至{cureDue}', en: '{count} item(s) still to supply, by {cureDue}' },
  'acceptance.follow-up.terminated': { params: ['count', 'cureDue'], 'zh-CN': '补正期限{cureDue}已过，仍有{count}项材料未补齐补正：终止容缺办理，后果由申请人承担', en: 'The period ended on {cureDue} with {count} item(s) not supplied: the deferred handling is terminated, at the applicant’s cost' },
  'acceptance.follow-up.refused': { params: ['count', 'cureDue'], 'zh-CN': '补正期限{cureDue}已过，仍有{count}项材料未补齐补正：不予批准', en: 'The period ended on {cureDue} with {count} item(s) not supplied: the application is refused' },
  'acceptance.follow-up.withdrawn': { params: ['count', 'cureDue'], 'zh-CN': '补正期限{cureDue}已过，仍有{count}项材料未补齐补正：视为撤回申请', en: 'The period ended on {cureDue} with {count} item(s) not supplied: the application counts as withdrawn' },
  'acceptance.follow-up.late': { params: ['material', 'on', 'cureDue'], 'zh-CN': '{material}于{on}送达，晚于补正期限{cureDue}，不计入', en: '{material} arrived on {on}, after the period ended on {cureDue}: it does not count' },
  'acceptance.follow-up.arrival-counts': { params: [], 'zh-CN': '补正材料以送达受理机关之日为准（当面、邮寄或网上提交均可）', en: 'A supplied item counts on the day it reaches the office (in person, by post or online)' },
  'acceptance.follow-up.due-unchanged': { params: ['due'], 'zh-CN': '办理时限自受理之日起计算，办结日期仍为{due}', en: 'The time limit runs from acceptance: the due date stays {due}' },
  'acceptance.follow-up.due-waits': { params: ['before', 'after'], 'zh-CN': '材料于{after}补齐，晚于原办结日期{before}：证件于材料补齐后签发', en: 'The items arrived on {after}, after the due date {before}: the document is issued once they are in' },
  'acceptance.follow-up.due-recounted': { params: ['from', 'due'], 'zh-CN': '办理时限自材料补齐之日（{from}）起计算，办结日期为{due}', en: 'The time limit runs from the day the items arrived ({from}): due by {due}' },
  'acceptance.follow-up.due-pending': { params: [], 'zh-CN': '办理时限自材料补齐之日起计算：材料补齐前办结日期未定', en: 'The time limit runs from the day the items arrive: no due date until then' },
  'acceptance.follow-up.due-holds': { params: ['due'], 'zh-CN': '办理时限自受理之日起计算：按期补齐的，办结日期为{due}', en: 'The time limit runs from acceptance: supplied in time, the application is due by {due}' },
  'acceptance.follow-up.due-stopped': { params: [], 'zh-CN': '容缺办理已结束，不再计算办结日期', en: 'The deferred handling has ended: no due date is counted' },
  'acceptance.follow-up.due-unknown': { params: ['from'], 'zh-CN': '自{from}起计算的办结日期超出已公布的工作日历，暂无法计算', en: 'Counted from {from}, the due date falls past the published working-day calendar: it cannot be counted yet' },
  'acceptance.deferred-notice.header': { params: ['count'], 'zh-CN': '容缺受理通知：您的申请已受理，以下{count}项材料须在期限内补齐补正', en: 'Deferred-acceptance notice: your application is accepted; the {count} item(s) below must be supplied in time' },
});

/**
 * A code of `MATERIAL_REASONS`.
 *
 * @example
 * ```ts
 * const c: MaterialReasonCode = 'acceptance.accepted';
 * ```
 */
export type MaterialReasonCode = keyof typeof MATERIAL_REASONS;

/**
 * The parameters a code declares, typed.
 *
 * @example
 * ```ts
 * const p: MaterialReasonParams<'materials.fingerprints'> = { age: 30 };
 * ```
 */
export type MaterialReasonParams<C extends MaterialReasonCode> = { readonly [K in (typeof MATERIAL_REASONS)[C]['params'][number]]: string | number };

/**
 * A reason of the materials catalogue (a union over the codes, so that `code` narrows
 * `params`), with its citation; a `Reason` for `renderReason`.
 *
 * @example
 * ```ts
 * const r: AcceptanceReason = materialReason('acceptance.not-accepted', { count: 2 }, ADMINISTRATIVE_LICENSING_LAW);
 * ```
 */
export type AcceptanceReason<C extends MaterialReasonCode = MaterialReasonCode> = C extends MaterialReasonCode
  ? { readonly code: C; readonly params: MaterialReasonParams<C>; readonly cite?: Citation }
  : never;

/**
 * Builds a reason of the catalogue, its parameters checked by the type system. The reason and
 * its `params` object are frozen.
 *
 * @example
 * ```ts
 * materialReason('acceptance.deferred.cure.working-days', { count: 5 });
 * ```
 */
export function materialReason<C extends MaterialReasonCode>(code: C, params: MaterialReasonParams<C>, cite?: Citation): AcceptanceReason<C> {
  // frozen through its parameters: decisions share reasons (built once per view or per count)
  Object.freeze(params);
  return Object.freeze(cite === undefined ? { code, params } : { code, params, cite }) as AcceptanceReason<C>;
}
