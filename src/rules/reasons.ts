/**
 * Reason codes: every decision carries stable dotted codes with typed parameters and the
 * citation that drives it. Messages are rendered from the codes by locale maps (zh-CN, en),
 * so the data stays language-neutral.
 *
 * @module
 */
import type { Citation } from './citation.js';

import type { Locale } from './errors.js';

export type { Locale };

/**
 * A reason's definition: its parameter names and a template per locale; `{name}` in a
 * template is replaced by the parameter.
 *
 * @example
 * ```ts
 * const d: ReasonDef = { params: ['age'], 'zh-CN': '申请人{age}周岁', en: 'The applicant is {age}' };
 * ```
 */
export interface ReasonDef {
  readonly params: readonly string[];
  readonly 'zh-CN': string;
  readonly en: string;
}

/**
 * A reason: a stable code, its parameters and the citation behind it.
 *
 * @example
 * ```ts
 * const r: Reason = { code: 'document.minor', params: { age: 15 }, cite: { issuer: '全国人民代表大会常务委员会', title: '中华人民共和国护照法', article: '第七条' } };
 * ```
 */
export interface Reason {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly cite?: Citation;
}

/**
 * A reason catalogue: code → definition.
 *
 * @example
 * ```ts
 * const c: ReasonCatalogue = { 'document.minor': { params: ['age'], 'zh-CN': '未满16周岁（{age}周岁）', en: 'Under 16 (aged {age})' } };
 * ```
 */
export type ReasonCatalogue = Readonly<Record<string, ReasonDef>>;

/**
 * Declares reasons, keeping their literal types so that constructors can be typed.
 *
 * @example
 * ```ts
 * const R = defineReasons({ 'x.y': { params: ['n'], 'zh-CN': '{n}天', en: '{n} days' } });
 * ```
 */
export function defineReasons<const T extends ReasonCatalogue>(defs: T): T {
  return defs;
}

/**
 * Renders a reason in a locale. Unknown codes render as the code itself, so a message is never
 * lost; parameters missing from `params` stay as `{name}`.
 *
 * @example
 * ```ts
 * renderReason({ code: 'x.y', params: { n: 7 } }, 'en', R); // '7 days'
 * ```
 */
export function renderReason(reason: Reason, locale: Locale, catalogue: ReasonCatalogue): string {
  const def = catalogue[reason.code];
  if (!def) return reason.code;
  const parts = compiled(def[locale]);
  if (parts.length === 1) return parts[0] as string;
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const v = reason.params[name];
    out += (v === undefined ? `{${name}}` : String(v)) + (parts[i + 1] as string);
  }
  return out;
}

/** Templates split at their `{param}` slots: text, name, text, name, …, text (odd indices are names). */
const TEMPLATES = new Map<string, readonly string[]>();

function compiled(template: string): readonly string[] {
  let parts = TEMPLATES.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (TEMPLATES.size >= 8192) TEMPLATES.clear(); // a cache only: custom catalogues may bring many
    TEMPLATES.set(template, parts);
  }
  return parts;
}

/**
 * Problems of a catalogue: a template using an undeclared parameter, a declared parameter no
 * template uses, an empty template, a code that is not dotted lower-case.
 *
 * @example
 * ```ts
 * catalogueProblems(R); // []
 * ```
 */
export function catalogueProblems(catalogue: ReasonCatalogue): string[] {
  const problems: string[] = [];
  for (const [code, def] of Object.entries(catalogue)) {
    if (!/^[a-z0-9-]+(\.[a-zA-Z0-9-]+)+$/.test(code)) problems.push(`${code}: not a dotted code`);
    for (const locale of ['zh-CN', 'en'] as const) {
      const template = def[locale];
      if (!template) {
        problems.push(`${code}: no ${locale} message`);
        continue;
      }
      const used = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
      for (const u of used) if (!def.params.includes(u)) problems.push(`${code} ${locale}: {${u}} is not a declared parameter`);
      for (const p of def.params) if (!used.includes(p)) problems.push(`${code} ${locale}: parameter ${p} is not used`);
    }
  }
  return problems;
}
