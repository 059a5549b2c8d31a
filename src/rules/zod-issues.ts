/**
 * zod's issues as churujing's: every problem with its path, a stable code and its message in
 * both locales (zod's own zh-CN locale for zod's checks; our schemas give their zh-CN text in
 * the issue's `params`), and one {@link ValidationError} listing them all.
 *
 * @module
 */
import type * as z from 'zod/mini';
import enLocale from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { type Issue, type Locale, type LocalizedText, ValidationError } from './errors.js';
import { OWN_ZH } from './own-messages.js';

const zh = zhCN().localeError;
const en = enLocale().localeError;

type RawIssue = z.core.$ZodIssue & { readonly params?: Record<string, unknown>; readonly input?: unknown };


/** The zh-CN message of a zod issue: ours from `params['zh-CN']` or the shared table (own-messages.ts), else zod's zh-CN locale. */
function zhMessage(issue: RawIssue): string {
  const own = issue.params?.['zh-CN'] ?? OWN_ZH[issue.message];
  if (typeof own === 'string') return own;
  if (issue.code === 'custom') return issue.message;
  return localeText(zh, issue);
}

/** The text a zod locale gives for an issue, or the issue's own message when it gives none. */
function localeText(locale: typeof zh, issue: RawIssue): string {
  const r = locale(issue as never);
  const text = typeof r === 'string' ? r : r?.message;
  return typeof text === 'string' && text ? text : issue.message;
}

/**
 * Parse options that keep each issue's input on it (zod drops it by default), so that zod's
 * messages can say what they received ("expected object, received number") in both locales:
 * the messages are written from the issue after the parse. Pass it to every `safeParse` whose
 * issues go to {@link issuesOf}; it costs nothing when the input is valid.
 *
 * @internal
 * @example
 * ```ts
 * const r = schema.safeParse(input, REPORT_INPUT);
 * if (!r.success) issuesOf(r.error, [], 'zh-CN');
 * ```
 */
export const REPORT_INPUT = /* @__PURE__ */ Object.freeze({ reportInput: true });

/**
 * The English message of a zod issue: the schema's own, else zod's English locale (the schemas
 * are built with `zod/mini`, which configures no locale: its bare message is "Invalid input").
 */
function enMessage(issue: RawIssue): string {
  if (issue.code === 'custom' || issue.message !== 'Invalid input') return issue.message;
  return localeText(en, issue);
}

/**
 * Every issue of a failed zod parse as churujing issues, under `prefix`, with the message in
 * `locale` and in both locales. A custom check names its code in `params.code` (else zod's code
 * is kept) and its zh-CN text in `params['zh-CN']`.
 *
 * @internal
 * @example
 * ```ts
 * const r = schema.safeParse(input, { reportInput: true });
 * if (!r.success) issuesOf(r.error, ['input'], 'zh-CN');
 * ```
 */
export function issuesOf(error: z.core.$ZodError, prefix: readonly PropertyKey[] = [], locale: Locale = 'en'): Issue[] {
  return error.issues.map((raw) => {
    const issue = raw as RawIssue;
    const code = typeof issue.params?.code === 'string' ? issue.params.code : issue.code;
    const messages: LocalizedText = { 'zh-CN': zhMessage(issue), en: enMessage(issue) };
    return { path: [...prefix, ...issue.path], code, message: messages[locale], messages };
  });
}


/**
 * The input parsed by `schema`, or a {@link ValidationError} titled `title` listing every
 * problem (with `extra` problems found by hand-written checks) in `locale`.
 *
 * @internal
 * @example
 * ```ts
 * const input = parseOrThrow(feeQuoteInputSchema, raw, { 'zh-CN': '收费报价输入无效', en: 'Invalid fee quote input' }, 'en');
 * ```
 */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown, title: LocalizedText, locale: Locale = 'en', prefix: readonly PropertyKey[] = [], extra: readonly Issue[] = []): z.output<S> {
  const r = schema.safeParse(input, REPORT_INPUT);
  if (r.success && extra.length === 0) return r.data;
  const issues = [...(r.success ? [] : issuesOf(r.error, prefix, locale)), ...extra];
  throw new ValidationError(title, issues, locale);
}
