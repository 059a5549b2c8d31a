/**
 * The options of `evaluate`, checked like its application: a known key each, a valid policy (a
 * policy the library validated passes in constant time; any other is validated in full once and
 * its frozen, validated copy used from then on), a real `asOf` date, booleans, a known locale and
 * calendar mode. Every problem is an issue in both locales.
 *
 * @module
 */
import { defaultPolicy, validatePolicy } from '../builtin/builtin-policy.js';
import { isCivilDate } from '../rules/civil-date.js';
import { type Issue, type Locale, type LocalizedText, showValue } from '../rules/errors.js';
import type { Policy } from '../rules/policy.js';
import { specsValidatedFor } from '../rules/validate-policy.js';
import { localeOption } from '../rules/locale-option.js';

/**
 * Options of `evaluate`.
 *
 * @example
 * ```ts
 * const o: EvaluateOptions = { policy: withChanges(defaultPolicy(), changes), deferredOptIn: false, locale: 'zh-CN' };
 * ```
 */
export interface EvaluateOptions {
  /** Defaults to the built-in policy. Any other is validated (once: a validated copy is kept). */
  readonly policy?: Policy;
  /** The date the caller evaluates on (for "born in the future" checks); nothing reads the clock. */
  readonly asOf?: string;
  /** Whether the applicant accepts 容缺受理 where the office offers it (default true: the office asks). */
  readonly deferredOptIn?: boolean;
  /** The applicant's credit record blocks 容缺受理 (a host system's check). */
  readonly badCredit?: boolean;
  /** The locale of an error's message and issues (`'en'` by default; results are always in both). */
  readonly locale?: Locale;
  /**
   * Past the published working-day calendar: `'error'` (default) leaves a due date unknown, with
   * its reason; `'provisional'` counts on the statutory days off and marks the due date provisional.
   */
  readonly beyondCalendar?: 'error' | 'provisional';
}

/** The options as evaluate uses them. */
export interface CheckedOptions {
  readonly policy: Policy;
  readonly asOf: string | undefined;
  readonly deferredOptIn: boolean;
  readonly badCredit: boolean;
  readonly locale: Locale;
  readonly beyondCalendar: 'error' | 'provisional';
}

const KEYS: ReadonlySet<string> = new Set(['policy', 'asOf', 'deferredOptIn', 'badCredit', 'locale', 'beyondCalendar']);

/** Validated copies of policies that came unvalidated (the caller's object → its frozen copy). */
const VALIDATED_COPY = new WeakMap<object, Policy>();

let defaults: CheckedOptions | undefined;

/**
 * The options checked, or every problem with them (an unknown locale throws at once: the others
 * are written in it).
 *
 * @internal
 * @example
 * ```ts
 * const { options, issues } = checkEvaluateOptions({ asOf: '' }); // issues: options.asOf
 * ```
 */
export function checkEvaluateOptions(raw: unknown): { readonly options: CheckedOptions; readonly issues: readonly Issue[] } {
  if (raw === undefined) return { options: (defaults ??= Object.freeze({ policy: defaultPolicy(), asOf: undefined, deferredOptIn: true, badCredit: false, locale: 'en', beyondCalendar: 'error' })), issues: [] };
  const locale = localeOption(raw);
  const issues: Issue[] = [];
  const add = (path: readonly PropertyKey[], code: string, messages: LocalizedText): void => {
    issues.push({ path: ['options', ...path], code, message: messages[locale], messages });
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    add([], 'invalid_type', { 'zh-CN': `选项应为对象，收到的是${showValue(raw)}`, en: `expected an options object, got ${showValue(raw)}` });
    return { options: { policy: defaultPolicy(), asOf: undefined, deferredOptIn: true, badCredit: false, locale, beyondCalendar: 'error' }, issues };
  }
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!KEYS.has(key)) add([key], 'unrecognized_keys', { 'zh-CN': `未知选项${showValue(key)}`, en: `unknown option ${showValue(key)}` });
  const get = (key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

  const asOf = get('asOf');
  if (asOf !== undefined && !isCivilDate(asOf)) add(['asOf'], 'invalid-date', { 'zh-CN': `参照日期应为YYYY-MM-DD格式的真实日期，收到的是${showValue(asOf)}`, en: `asOf must be a real date written YYYY-MM-DD, got ${showValue(asOf)}` });
  for (const key of ['deferredOptIn', 'badCredit'] as const) {
    const v = get(key);
    if (v !== undefined && typeof v !== 'boolean') add([key], 'invalid_type', { 'zh-CN': `${key}应为true或false，收到的是${showValue(v)}`, en: `${key} must be true or false, got ${showValue(v)}` });
  }
  const beyond = get('beyondCalendar');
  if (beyond !== undefined && beyond !== 'error' && beyond !== 'provisional') add(['beyondCalendar'], 'invalid_value', { 'zh-CN': `beyondCalendar应为"error"或"provisional"，收到的是${showValue(beyond)}`, en: `beyondCalendar must be 'error' or 'provisional', got ${showValue(beyond)}` });

  let policy = defaultPolicy();
  const given = get('policy');
  if (given !== undefined) {
    const checked = policyOf(given, locale);
    if (checked.policy !== undefined) policy = checked.policy;
    for (const i of checked.issues) issues.push({ ...i, path: ['options', 'policy', ...i.path] });
  }
  return {
    options: {
      policy,
      asOf: isCivilDate(asOf) ? asOf : undefined,
      deferredOptIn: get('deferredOptIn') !== false,
      badCredit: get('badCredit') === true,
      locale,
      beyondCalendar: beyond === 'provisional' ? 'provisional' : 'error',
    },
    issues,
  };
}

/** A valid policy for `given`: itself when the library validated it, else its validated copy (validated once per object), or the problems. */
function policyOf(given: unknown, locale: Locale): { readonly policy?: Policy; readonly issues: readonly Issue[] } {
  if (given === defaultPolicy() || specsValidatedFor(given) !== undefined) return { policy: given as Policy, issues: [] };
  if (typeof given === 'object' && given !== null) {
    const copy = VALIDATED_COPY.get(given);
    if (copy !== undefined) return { policy: copy, issues: [] };
  }
  const r = validatePolicy(given, undefined, { locale });
  if (!r.ok) return { issues: r.issues };
  if (typeof given === 'object' && given !== null) VALIDATED_COPY.set(given, r.policy);
  return { policy: r.policy, issues: [] };
}
