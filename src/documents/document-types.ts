/**
 * The catalogue of exit-entry documents issued to ordinary citizens of the mainland by the
 * public security organs, and the physical forms they come in.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Label } from '../rules/table.js';
import { deepFreeze } from '../rules/snapshot.js';

/**
 * The documents churujing knows:
 * - `passport` — 普通护照 (ordinary passport, for private travel abroad);
 * - `hkmo-permit` — 往来港澳通行证 (two-way permit for Hong Kong and Macao; needs endorsements);
 * - `taiwan-permit` — 大陆居民往来台湾通行证 (travel permit to and from Taiwan; needs endorsements);
 * - `taiwan-single-trip-permit` — 一次有效往来台湾通行证 (single-trip Taiwan permit);
 * - `exit-entry-permit` — 中华人民共和国出入境通行证 (border trade and tourism, special cases);
 * - `hkmo-one-way-permit` — 前往港澳通行证 (one-way permit: settlement in Hong Kong or Macao).
 *
 * @example
 * ```ts
 * const t: DocumentType = 'hkmo-permit';
 * ```
 */
export type DocumentType = 'passport' | 'hkmo-permit' | 'taiwan-permit' | 'taiwan-single-trip-permit' | 'exit-entry-permit' | 'hkmo-one-way-permit';

/**
 * Every document type, in catalogue order.
 *
 * @example
 * ```ts
 * DOCUMENT_TYPES.length; // 6
 * ```
 */
export const DOCUMENT_TYPES = Object.freeze(['passport', 'hkmo-permit', 'taiwan-permit', 'taiwan-single-trip-permit', 'exit-entry-permit', 'hkmo-one-way-permit'] as const) satisfies readonly DocumentType[];

/**
 * Schema of a {@link DocumentType}.
 *
 * @example
 * ```ts
 * documentTypeSchema.parse('passport');
 * ```
 */
export const documentTypeSchema = /* @__PURE__ */ z.enum(DOCUMENT_TYPES);

/**
 * zh-CN and English names of each document type.
 *
 * @example
 * ```ts
 * DOCUMENT_TYPE_LABELS['taiwan-permit']['zh-CN']; // '大陆居民往来台湾通行证'
 * ```
 */
export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, Label>> = /* @__PURE__ */ deepFreeze({
  passport: { 'zh-CN': '普通护照', en: 'ordinary passport' },
  'hkmo-permit': { 'zh-CN': '往来港澳通行证', en: 'Exit-entry Permit for Travelling to and from Hong Kong and Macao' },
  'taiwan-permit': { 'zh-CN': '大陆居民往来台湾通行证', en: 'Mainland Residents Travel Permit to and from Taiwan' },
  'taiwan-single-trip-permit': { 'zh-CN': '一次有效往来台湾通行证', en: 'single-trip travel permit to and from Taiwan' },
  'exit-entry-permit': { 'zh-CN': '中华人民共和国出入境通行证', en: 'Exit and Entry Permit of the People’s Republic of China' },
  'hkmo-one-way-permit': { 'zh-CN': '前往港澳通行证', en: 'one-way permit to Hong Kong and Macao (settlement)' },
});

/**
 * The physical form of a document:
 * - `booklet` — 本式 (a booklet with sticker endorsements or visa pages);
 * - `electronic-booklet` — a booklet with an embedded chip (the e-passport, 电子普通护照);
 * - `card` — 卡式 electronic card with a chip; endorsements printed on the back and rewritable;
 * - `paper` — a paper document (single-trip and one-way permits, 出入境通行证).
 *
 * @example
 * ```ts
 * const f: DocumentForm = 'card';
 * ```
 */
export type DocumentForm = 'booklet' | 'electronic-booklet' | 'card' | 'paper';

/**
 * Every document form.
 *
 * @example
 * ```ts
 * DOCUMENT_FORMS.includes('card'); // true
 * ```
 */
export const DOCUMENT_FORMS = /* @__PURE__ */ Object.freeze(['booklet', 'electronic-booklet', 'card', 'paper'] as const) satisfies readonly DocumentForm[];

/**
 * Schema of a {@link DocumentForm}.
 *
 * @example
 * ```ts
 * documentFormSchema.safeParse('scroll').success; // false
 * ```
 */
export const documentFormSchema = /* @__PURE__ */ z.enum(DOCUMENT_FORMS);

/**
 * zh-CN and English names of each form.
 *
 * @example
 * ```ts
 * DOCUMENT_FORM_LABELS.card['zh-CN']; // '卡式电子证件'
 * ```
 */
export const DOCUMENT_FORM_LABELS: Readonly<Record<DocumentForm, Label>> = /* @__PURE__ */ deepFreeze({
  booklet: { 'zh-CN': '本式证件', en: 'booklet' },
  'electronic-booklet': { 'zh-CN': '电子本式证件（内嵌芯片）', en: 'electronic booklet (with chip)' },
  card: { 'zh-CN': '卡式电子证件', en: 'electronic card' },
  paper: { 'zh-CN': '纸质证件', en: 'paper document' },
});

/**
 * Whether a value is a {@link DocumentType}.
 *
 * @example
 * ```ts
 * isDocumentType('passport'); // true
 * isDocumentType('visa');     // false
 * ```
 */
export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value);
}
