/**
 * Argument checks shared by the dated division functions (division-history.ts,
 * division-suggest.ts): a six-digit code, a civil date, an options object with a locale. Problems
 * are collected as issues in both locales and thrown as one {@link ValidationError}. No zod here:
 * these modules must stay small in browser bundles.
 *
 * @internal
 * @module
 */
import { tryParseCivilDate, type CivilDate } from './civil-date.js';
import { ValidationError, isLocale, showValue, type Issue, type Locale, type LocalizedText } from './errors.js';

/** Six ASCII digits. */
export const SIX_DIGITS = /^\d{6}$/;

/** An issue in both locales, with the message in `locale`. @internal */
export function bilingualIssue(path: readonly PropertyKey[], code: string, messages: LocalizedText, locale: Locale): Issue {
  return { path, code, message: messages[locale], messages };
}

/** Collects issues about arguments and throws them together. @internal */
export class ArgumentProblems {
  readonly issues: Issue[] = [];
  locale: Locale = 'en';

  /** Reads `options.locale` (absent: English) and checks that `options` is an object when given. */
  options(options: unknown, allowed: readonly string[], path: readonly PropertyKey[] = ['options']): Record<string, unknown> {
    if (options === undefined) return {};
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      this.add(path, 'invalid-options', { 'zh-CN': `选项应为对象，收到${showValue(options)}`, en: `expected an options object, got ${showValue(options)}` });
      return {};
    }
    const record = options as Record<string, unknown>;
    const locale = Object.hasOwn(record, 'locale') ? record.locale : undefined;
    if (locale !== undefined) {
      if (isLocale(locale)) this.locale = locale;
      else this.add([...path, 'locale'], 'unknown-locale', { 'zh-CN': `不支持的语言${showValue(locale)}：可用zh-CN或en`, en: `unknown locale ${showValue(locale)}: use 'zh-CN' or 'en'` });
    }
    for (const key of Object.keys(record)) {
      if (key !== 'locale' && !allowed.includes(key)) {
        this.add([...path, key], 'unknown-option', { 'zh-CN': `未知选项${showValue(key)}`, en: `unknown option ${showValue(key)}` });
      }
    }
    return record;
  }

  /** A six-digit GB/T 2260 code, or `undefined` after recording the problem. */
  code(value: unknown, path: readonly PropertyKey[]): string | undefined {
    if (typeof value === 'string' && SIX_DIGITS.test(value)) return value;
    this.add(path, 'invalid-division-code', {
      'zh-CN': `应为6位GB/T 2260行政区划代码，收到${showValue(value)}`,
      en: `expected a six-digit GB/T 2260 code, got ${showValue(value)}`,
    });
    return undefined;
  }

  /** A civil date `YYYY-MM-DD` as an epoch day, or `undefined` after recording the problem. */
  date(value: unknown, path: readonly PropertyKey[]): number | undefined {
    const day = tryParseCivilDate(value);
    if (day !== undefined) return day;
    this.add(path, 'invalid-date', {
      'zh-CN': `应为YYYY-MM-DD格式的真实日期，收到${showValue(value)}`,
      en: `expected a real date written YYYY-MM-DD, got ${showValue(value)}`,
    });
    return undefined;
  }

  add(path: readonly PropertyKey[], code: string, messages: LocalizedText): void {
    this.issues.push({ path, code, message: messages.en, messages });
  }

  /** Throws every recorded problem as one {@link ValidationError} in the chosen locale. */
  throwIfAny(title: LocalizedText): void {
    if (this.issues.length === 0) return;
    const issues = this.issues.map((i) => (i.messages ? { ...i, message: i.messages[this.locale] } : i));
    throw new ValidationError(title, issues, this.locale);
  }
}
