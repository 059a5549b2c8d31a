/**
 * Names, in zh-CN and en, of the application's own ids that no table names: the channels an
 * application comes through and what is done with a document. (Materials, grounds, document
 * types and endorsement types carry their names beside their ids.)
 *
 * @module
 */
import type { Label } from '../rules/table.js';
import type { CHANNELS, DOCUMENT_ACTIONS } from './application.js';

/**
 * The name of each channel of `Application.channel`.
 *
 * @example
 * ```ts
 * CHANNEL_LABELS.kiosk['zh-CN']; // '自助签注机'
 * ```
 */
export const CHANNEL_LABELS: Readonly<Record<(typeof CHANNELS)[number], Label>> = /* @__PURE__ */ Object.freeze({
  'hall-window': Object.freeze({ 'zh-CN': '出入境接待大厅窗口', en: 'exit-entry hall window' }),
  kiosk: Object.freeze({ 'zh-CN': '自助签注机', en: 'self-service endorsement kiosk' }),
  online: Object.freeze({ 'zh-CN': '网上办理', en: 'online' }),
  post: Object.freeze({ 'zh-CN': '邮寄（双向寄递）办理', en: 'by post (two-way courier)' }),
  'police-station': Object.freeze({ 'zh-CN': '派出所受理点', en: 'police-station service point' }),
  agency: Object.freeze({ 'zh-CN': '代办机构代为申请', en: 'licensed agency' }),
});

/**
 * The name of each document action (`first-issue`, `renewal`, `replacement`).
 *
 * @example
 * ```ts
 * DOCUMENT_ACTION_LABELS.renewal['zh-CN']; // '换发'
 * ```
 */
export const DOCUMENT_ACTION_LABELS: Readonly<Record<(typeof DOCUMENT_ACTIONS)[number], Label>> = /* @__PURE__ */ Object.freeze({
  'first-issue': Object.freeze({ 'zh-CN': '首次申领', en: 'first issue' }),
  renewal: Object.freeze({ 'zh-CN': '换发', en: 'renewal' }),
  replacement: Object.freeze({ 'zh-CN': '补发', en: 'replacement' }),
});
