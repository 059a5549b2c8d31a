/**
 * The options object of the eligibility functions (`locale`, and for the place, channel and
 * kiosk checks `lookups`): checked like their input, every problem an issue in both locales.
 *
 * @module
 */
import { type Issue, type Locale, type LocalizedText, showValue } from '../rules/errors.js';
import { localeOption } from '../rules/locale-option.js';
import type { SchemeLookups } from './place-lookups.js';

/**
 * Options of the eligibility checks: the locale of an error's message (`'en'` by default; an
 * unknown one is a `ValidationError`) and, for the place, channel and kiosk checks, the
 * scheme-city and city-regime lookups (by default the endorsement tables of the view's policy).
 *
 * @example
 * ```ts
 * const o: CheckOptions = { locale: 'zh-CN' };
 * ```
 */
export interface CheckOptions {
  readonly locale?: Locale;
  readonly lookups?: SchemeLookups;
}

/**
 * An issue in both locales, with `message` in `locale`.
 *
 * @internal
 * @example
 * ```ts
 * bilingual(['view'], 'invalid-view', { 'zh-CN': '…', en: '…' }, 'en');
 * ```
 */
export function bilingual(path: readonly PropertyKey[], code: string, messages: LocalizedText, locale: Locale): Issue {
  return { path, code, message: messages[locale], messages };
}

/** Whether a value can serve as {@link SchemeLookups}. */
function isLookups(v: unknown): v is SchemeLookups {
  return typeof v === 'object' && v !== null && typeof (v as SchemeLookups).isSchemeCity === 'function' && typeof (v as SchemeLookups).cityRegime === 'function';
}

/**
 * The locale of an options object and every problem of it: not an object, an unknown key, lookups
 * that are not lookups. An unknown locale throws at once (`localeOption`): the other problems are
 * written in the locale.
 *
 * @internal
 * @example
 * ```ts
 * const { locale, issues } = checkOptions(options, ['locale', 'lookups']);
 * ```
 */
export function checkOptions(options: unknown, keys: readonly ('locale' | 'lookups')[]): { readonly locale: Locale; readonly issues: Issue[] } {
  const locale = localeOption(options);
  const issues: Issue[] = [];
  if (options === undefined) return { locale, issues };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    issues.push(bilingual(['options'], 'invalid_type', { 'zh-CN': `选项应为对象，收到的是${showValue(options)}`, en: `expected an options object, got ${showValue(options)}` }, locale));
    return { locale, issues };
  }
  for (const key of Object.keys(options)) {
    if (!(keys as readonly string[]).includes(key)) issues.push(bilingual(['options', key], 'unrecognized_keys', { 'zh-CN': `未知选项${showValue(key)}`, en: `unknown option ${showValue(key)}` }, locale));
  }
  const lookups = (options as { lookups?: unknown }).lookups;
  if (keys.includes('lookups') && lookups !== undefined && !isLookups(lookups)) {
    issues.push(bilingual(['options', 'lookups'], 'invalid-lookups', { 'zh-CN': '应为含isSchemeCity和cityRegime两个函数的对象', en: 'expected an object with the functions isSchemeCity and cityRegime' }, locale));
  }
  return { locale, issues };
}
