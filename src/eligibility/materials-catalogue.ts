/**
 * The catalogue of application materials (申请材料): a stable id per thing an applicant hands
 * over, shows or does at the window (a document, a copy, a proof, a live photo, fingerprints,
 * being there in person), with its zh-CN and English name. Which material a service needs on a
 * date is in the requirement tables (`materials-rules.ts`); this module only names them.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Label } from '../rules/table.js';

/**
 * Every material id, in catalogue order:
 * - identity and the application itself: `application-form`, `resident-id-card`, `temporary-id`,
 *   `hukou-booklet`, `copies-of-id`, `photo-capture`, `fingerprints`, `applicant-presence`;
 * - minors: `guardian-presence`, `guardian-authorisation`, `guardian-consent`, `guardian-id`,
 *   `relationship-proof`;
 * - registered state personnel: `approval-letter`;
 * - renewal and replacement: `old-passport`, `old-permit`, `loss-statement`, `damaged-document`;
 * - endorsements: `valid-permit`, `kinship-proof`, `relative-hkmo-id`, `business-licence`,
 *   `social-insurance-proof`, `dispatch-letter`, `purpose-evidence`, `hkmo-entry-permission`,
 *   `talent-certificate`, `taiwan-entry-permit`, `tao-approval`, `tour-operator-invoice`;
 * - residence routes: `residence-permit`, `enrolment-proof`, `local-relative-id`;
 * - urgent handling: `urgent-evidence`.
 *
 * @example
 * ```ts
 * MATERIAL_IDS.includes('kinship-proof'); // true
 * ```
 */
export const MATERIAL_IDS = /* @__PURE__ */ Object.freeze([
  'application-form',
  'resident-id-card',
  'temporary-id',
  'hukou-booklet',
  'copies-of-id',
  'photo-capture',
  'fingerprints',
  'applicant-presence',
  'guardian-presence',
  'guardian-authorisation',
  'guardian-consent',
  'guardian-id',
  'relationship-proof',
  'approval-letter',
  'old-passport',
  'old-permit',
  'loss-statement',
  'damaged-document',
  'valid-permit',
  'kinship-proof',
  'relative-hkmo-id',
  'business-licence',
  'social-insurance-proof',
  'dispatch-letter',
  'purpose-evidence',
  'hkmo-entry-permission',
  'talent-certificate',
  'taiwan-entry-permit',
  'tao-approval',
  'tour-operator-invoice',
  'residence-permit',
  'enrolment-proof',
  'local-relative-id',
  'urgent-evidence',
] as const);

/**
 * A material id of {@link MATERIAL_IDS}.
 *
 * @example
 * ```ts
 * const m: MaterialId = 'resident-id-card';
 * ```
 */
export type MaterialId = (typeof MATERIAL_IDS)[number];

/**
 * Schema of a {@link MaterialId}.
 *
 * @example
 * ```ts
 * materialIdSchema.safeParse('passport-photo').success; // false: the id is 'photo-capture'
 * ```
 */
export const materialIdSchema = /* @__PURE__ */ z.enum(MATERIAL_IDS);

/**
 * Whether a value is a {@link MaterialId}.
 *
 * @example
 * ```ts
 * isMaterialId('hukou-booklet'); // true
 * isMaterialId('hukou');         // false
 * ```
 */
export function isMaterialId(value: unknown): value is MaterialId {
  return typeof value === 'string' && (MATERIAL_IDS as readonly string[]).includes(value);
}

/**
 * The zh-CN and English name of each material, as a notice to the applicant names it.
 *
 * @example
 * ```ts
 * MATERIAL_LABELS['hukou-booklet']['zh-CN']; // '居民户口簿'
 * ```
 */
export const MATERIAL_LABELS: Readonly<Record<MaterialId, Label>> = /* @__PURE__ */ Object.freeze({
  'application-form': { 'zh-CN': '出入境证件申请表', en: 'application form for exit-entry documents' },
  'resident-id-card': { 'zh-CN': '居民身份证', en: 'resident identity card' },
  'temporary-id': { 'zh-CN': '临时居民身份证', en: 'temporary resident identity card' },
  'hukou-booklet': { 'zh-CN': '居民户口簿', en: 'household register (hukou booklet)' },
  'copies-of-id': { 'zh-CN': '居民身份证、户口簿复印件', en: 'photocopies of the identity card and household register' },
  'photo-capture': { 'zh-CN': '符合《出入境证件相片照相指引》的相片（可现场采集）', en: 'photo meeting the exit-entry photo guidelines (may be taken on site)' },
  fingerprints: { 'zh-CN': '现场采集指纹', en: 'fingerprints taken on site' },
  'applicant-presence': { 'zh-CN': '申请人本人到场', en: 'the applicant in person' },
  'guardian-presence': { 'zh-CN': '监护人陪同', en: 'a guardian accompanying the applicant' },
  'guardian-authorisation': { 'zh-CN': '监护人委托书及陪同人身份证明', en: 'the guardian’s letter of authorisation and the companion’s identity document' },
  'guardian-consent': { 'zh-CN': '监护人同意出境的意见', en: 'the guardian’s consent to the trip' },
  'guardian-id': { 'zh-CN': '监护人居民身份证或者护照等身份证明', en: 'the guardian’s identity card, passport or other identity document' },
  'relationship-proof': { 'zh-CN': '监护关系证明（出生医学证明、户口簿等）', en: 'proof of guardianship (birth certificate, household register …)' },
  'approval-letter': { 'zh-CN': '所属单位按人事管理权限出具的同意出境意见', en: 'the employer’s approval of the trip, under its personnel authority' },
  'old-passport': { 'zh-CN': '原普通护照', en: 'the current passport' },
  'old-permit': { 'zh-CN': '原通行证', en: 'the current permit' },
  'loss-statement': { 'zh-CN': '证件遗失、被盗或者损毁的情况说明', en: 'a statement of how the document was lost, stolen or damaged' },
  'damaged-document': { 'zh-CN': '损毁的证件', en: 'the damaged document' },
  'valid-permit': { 'zh-CN': '有效通行证', en: 'a valid permit' },
  'kinship-proof': { 'zh-CN': '亲属关系证明（结婚证、出生医学证明、户口簿、派出所证明或者亲属关系公证书）', en: 'proof of kinship (marriage certificate, birth certificate, household register, police-station certificate or notarised kinship)' },
  'relative-hkmo-id': { 'zh-CN': '港澳亲属的居民身份证、港澳居民来往内地通行证', en: 'the relative’s Hong Kong or Macao identity card and Home Return Permit' },
  'business-licence': { 'zh-CN': '营业执照或者有关登记证书', en: 'business licence or registration certificate' },
  'social-insurance-proof': { 'zh-CN': '社会保险缴纳证明', en: 'proof of social-insurance contributions' },
  'dispatch-letter': { 'zh-CN': '单位出具的派遣函或者事由说明', en: 'the employer’s dispatch letter or statement of purpose' },
  'purpose-evidence': { 'zh-CN': '与申请事由相关的证明材料', en: 'evidence of the purpose of the trip' },
  'hkmo-entry-permission': { 'zh-CN': '香港或者澳门入境许可', en: 'Hong Kong or Macao entry permission' },
  'talent-certificate': { 'zh-CN': '人才认定证明', en: 'talent certification' },
  'taiwan-entry-permit': { 'zh-CN': '台湾地区入境许可（入台证）', en: 'Taiwan entry permit' },
  'tao-approval': { 'zh-CN': '台办出具的批准函件（赴台批件、立项批复等）', en: 'approval of the Taiwan Affairs Office (赴台批件, 立项批复 …)' },
  'tour-operator-invoice': { 'zh-CN': '组团社发票', en: 'the tour operator’s invoice' },
  'residence-permit': { 'zh-CN': '居住证', en: 'residence permit' },
  'enrolment-proof': { 'zh-CN': '就读院校出具的在学证明', en: 'certificate of enrolment from the university' },
  'local-relative-id': { 'zh-CN': '本地户籍亲属的居民身份证', en: 'the identity card of the relative with local hukou' },
  'urgent-evidence': { 'zh-CN': '加急事由证明材料', en: 'evidence of the reason for urgent handling' },
});
// the labels are shared by every checklist item and notice: frozen, like the catalogue
for (const label of Object.values(MATERIAL_LABELS)) Object.freeze(label);
