/**
 * The `locale` option every checked function takes: `'zh-CN'` or `'en'` (absent: English).
 *
 * @module
 */
import { ValidationError, isLocale, showValue, type Locale } from './errors.js';

/**
 * Checks an options object's `locale` (absent: English).
 *
 * @internal
 * @example
 * ```ts
 * localeOption({ locale: 'zh-CN' }); // 'zh-CN'
 * ```
 */
export function localeOption(options: unknown, path: readonly PropertyKey[] = ['options', 'locale']): Locale {
  const locale = typeof options === 'object' && options !== null ? (options as { locale?: unknown }).locale : undefined;
  if (locale === undefined) return 'en';
  if (isLocale(locale)) return locale;
  const messages = { 'zh-CN': `不支持的语言${showValue(locale)}：可用zh-CN或en`, en: `unknown locale ${showValue(locale)}: use 'zh-CN' or 'en'` };
  throw new ValidationError({ 'zh-CN': '语言选项无效', en: 'Invalid locale' }, [{ path, code: 'unknown-locale', message: messages.en, messages }]);
}
