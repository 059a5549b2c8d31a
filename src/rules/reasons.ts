/**
 * Reason codes: every decision carries stable dotted codes with typed parameters and the
 * citation that drives it. Messages are rendered from the codes by locale maps (zh-CN, en),
 * so the data stays language-neutral.
 *
 * @module
 */
import type { Citation } from './citation.js';
import { type Locale, type LocalizedText, ValidationError, isLocale, maskResidentIds, showValue } from './errors.js';
import { snapshot } from './snapshot.js';

export type { Locale };

/**
 * A reason's definition: its parameter names and a template per locale; `{name}` in a
 * template is replaced by the parameter. A parameter that holds an id (a destination
 * `hong-kong`) may have the names of its values in `names`: the message then shows the name in
 * its locale (香港, Hong Kong) while the parameter keeps the id; a value not listed shows as is.
 *
 * @example
 * ```ts
 * const d: ReasonDef = { params: ['age'], 'zh-CN': '申请人{age}周岁', en: 'The applicant is {age}' };
 * const e: ReasonDef = {
 *   params: ['destination'], 'zh-CN': '前往{destination}', en: 'Travel to {destination}',
 *   names: { destination: { 'hong-kong': { 'zh-CN': '香港', en: 'Hong Kong' } } },
 * };
 * ```
 */
export interface ReasonDef {
  readonly params: readonly string[];
  readonly 'zh-CN': string;
  readonly en: string;
  /** Parameter → value → its name in each locale. */
  readonly names?: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>>;
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
 * Declares reasons, keeping their literal types so that constructors can be typed. The
 * catalogue comes back deeply frozen (a copy where it was not).
 *
 * @throws `ValidationError` when `defs` is not an object.
 * @example
 * ```ts
 * const R = defineReasons({ 'x.y': { params: ['n'], 'zh-CN': '{n}天', en: '{n} days' } });
 * ```
 */
export function defineReasons<const T extends ReasonCatalogue>(defs: T): T {
  catalogueArgument(defs, 'defs');
  return snapshot(defs);
}

/** Longest reason code and template that make sense (a message is a sentence or two). */
export const MAX_CODE_LENGTH = 200;
export const MAX_TEMPLATE_LENGTH = 4096;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

function invalid(path: PropertyKey, what: LocalizedText, value: unknown): never {
  const messages = { 'zh-CN': `${what['zh-CN']}，收到${showValue(value)}`, en: `${what.en}, got ${showValue(value)}` };
  throw new ValidationError({ 'zh-CN': '参数无效', en: 'Invalid argument' }, [{ path: [path], code: 'invalid_type', message: messages.en, messages }]);
}

function catalogueArgument(catalogue: unknown, path: string): asserts catalogue is ReasonCatalogue {
  if (!isObject(catalogue)) invalid(path, { 'zh-CN': '应为原因目录（代码到定义的对象）', en: 'expected a reason catalogue (an object of definitions by code)' }, catalogue);
}

/** The definition of `code` in `catalogue`, if it has a usable one (own keys only: `__proto__` is a code like any other). */
function definitionOf(catalogue: ReasonCatalogue, code: string, locale: Locale): string | undefined {
  if (!Object.hasOwn(catalogue, code)) return undefined;
  const def = catalogue[code] as unknown;
  if (!isObject(def) || !Object.hasOwn(def, locale)) return undefined;
  const template = def[locale];
  return typeof template === 'string' && template.length <= MAX_TEMPLATE_LENGTH ? template : undefined;
}

/**
 * Renders a reason in a locale. Unknown codes render as the code itself, so a message is never
 * lost; parameters missing from `params` stay as `{name}`. Identity numbers in the result are
 * masked.
 *
 * @throws `ValidationError` when `reason` is not a reason (an object with a string `code` and
 * `params` an object), `locale` is not `'zh-CN'` or `'en'`, or `catalogue` is not an object.
 * @example
 * ```ts
 * renderReason({ code: 'x.y', params: { n: 7 } }, 'en', R); // '7 days'
 * ```
 */
export function renderReason(reason: Reason, locale: Locale, catalogue: ReasonCatalogue): string {
  const r = reason as unknown;
  if (!isObject(r) || typeof r.code !== 'string' || (r.params !== undefined && !isObject(r.params))) {
    invalid('reason', { 'zh-CN': '应为原因（含字符串code和params对象）', en: 'expected a reason (a string code and a params object)' }, reason);
  }
  if (!isLocale(locale)) invalid('locale', { 'zh-CN': "语言应为'zh-CN'或'en'", en: "locale is 'zh-CN' or 'en'" }, locale);
  catalogueArgument(catalogue, 'catalogue');
  const template = definitionOf(catalogue, r.code, locale);
  if (template === undefined) return maskResidentIds(r.code.length > MAX_CODE_LENGTH ? `${r.code.slice(0, MAX_CODE_LENGTH)}…` : r.code);
  const parts = compiled(template);
  if (parts.length === 1) return maskResidentIds(parts[0] as string);
  const params = (r.params ?? {}) as Obj;
  const def = catalogue[r.code] as unknown as Obj;
  const names = Object.hasOwn(def, 'names') ? def.names : undefined;
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const v = Object.hasOwn(params, name) ? params[name] : undefined;
    out += (v === undefined ? `{${name}}` : typeof v === 'string' ? (nameOf(names, name, v, locale) ?? v) : typeof v === 'number' ? String(v) : showValue(v)) + (parts[i + 1] as string);
  }
  return maskResidentIds(out);
}

/** The name of a parameter's value in a locale, from a definition's `names` (own keys only; anything malformed: none). */
function nameOf(names: unknown, param: string, value: string, locale: Locale): string | undefined {
  if (!isObject(names) || !Object.hasOwn(names, param)) return undefined;
  const values = names[param];
  if (!isObject(values) || !Object.hasOwn(values, value)) return undefined;
  const label = values[value];
  if (!isObject(label) || !Object.hasOwn(label, locale)) return undefined;
  const text = label[locale];
  return typeof text === 'string' && text !== '' && text.length <= MAX_TEMPLATE_LENGTH ? text : undefined;
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

const DOTTED = /^[a-z0-9-]+(?:\.[a-zA-Z0-9-]+)+$/;

/** Problems of a definition's `names`: not an object, a parameter not declared, a value without a name in both locales. */
function namesProblems(code: string, names: unknown, declared: ReadonlySet<string>, problems: Set<string>): void {
  const cut = (x: string) => (x.length > 40 ? `${x.slice(0, 40)}…` : x);
  if (!isObject(names)) {
    problems.add(`${code}: names is not an object of parameter → value → name`);
    return;
  }
  for (const param of Object.keys(names)) {
    if (!declared.has(param)) problems.add(`${code}: names of ${cut(param)}, which is not a declared parameter`);
    const values = names[param];
    if (!isObject(values)) {
      problems.add(`${code}: names of ${cut(param)} is not an object of value → name`);
      continue;
    }
    for (const value of Object.keys(values)) {
      const label = values[value];
      for (const locale of ['zh-CN', 'en'] as const) {
        const text = isObject(label) && Object.hasOwn(label, locale) ? label[locale] : undefined;
        if (typeof text !== 'string' || text === '' || text.length > MAX_TEMPLATE_LENGTH) problems.add(`${code}: ${cut(param)} ${cut(value)} has no ${locale} name`);
      }
    }
  }
}

/**
 * Problems of a catalogue: a definition that is not one (params not an array of names, a
 * template not a string), a template using an undeclared parameter, a declared parameter no
 * template uses, an empty or over-long template ({@link MAX_TEMPLATE_LENGTH} characters), a
 * code that is not dotted lower-case or longer than {@link MAX_CODE_LENGTH}; `names` of an
 * undeclared parameter, or a value without a name in zh-CN and en. Linear in the
 * catalogue's size; each problem once; identity numbers masked.
 *
 * @throws `ValidationError` when `catalogue` is not an object.
 * @example
 * ```ts
 * catalogueProblems(R); // []
 * ```
 */
export function catalogueProblems(catalogue: ReasonCatalogue): string[] {
  catalogueArgument(catalogue, 'catalogue');
  const problems = new Set<string>();
  const show = (code: string) => (code.length > MAX_CODE_LENGTH ? `${code.slice(0, 40)}…` : code);
  for (const code of Object.keys(catalogue)) {
    const def = catalogue[code] as unknown;
    if (code.length > MAX_CODE_LENGTH) problems.add(`${show(code)}: longer than ${MAX_CODE_LENGTH} characters`);
    else if (!DOTTED.test(code)) problems.add(`${code}: not a dotted code`);
    if (!isObject(def)) {
      problems.add(`${show(code)}: not a definition ({ params, 'zh-CN', en })`);
      continue;
    }
    const params = def.params;
    if (!Array.isArray(params) || !params.every((p) => typeof p === 'string')) {
      problems.add(`${show(code)}: params is not an array of names`);
      continue;
    }
    const declared = new Set<string>(params as string[]);
    for (const locale of ['zh-CN', 'en'] as const) {
      const template = Object.hasOwn(def, locale) ? def[locale] : undefined;
      if (typeof template !== 'string' || template === '') {
        problems.add(`${show(code)}: no ${locale} message`);
        continue;
      }
      if (template.length > MAX_TEMPLATE_LENGTH) {
        problems.add(`${show(code)} ${locale}: template longer than ${MAX_TEMPLATE_LENGTH} characters`);
        continue;
      }
      const used = new Set<string>();
      for (const m of template.matchAll(/\{(\w+)\}/g)) used.add(m[1] as string);
      for (const u of used) if (!declared.has(u)) problems.add(`${show(code)} ${locale}: {${u}} is not a declared parameter`);
      for (const p of declared) if (!used.has(p)) problems.add(`${show(code)} ${locale}: parameter ${p.length > 40 ? `${p.slice(0, 40)}…` : p} is not used`);
    }
    if (Object.hasOwn(def, 'names') && def.names !== undefined) namesProblems(show(code), def.names, declared, problems);
  }
  return [...problems].map(maskResidentIds);
}
