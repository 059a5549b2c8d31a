/**
 * Typed errors. Every error churujing throws is a {@link ChurujingError} with a stable
 * `code` and the full list of `issues` found, so a caller can show all problems at once.
 *
 * @module
 */

/**
 * The locales churujing writes messages in.
 *
 * @example
 * ```ts
 * const l: Locale = 'zh-CN';
 * ```
 */
export type Locale = 'zh-CN' | 'en';

/**
 * Every locale churujing writes messages in.
 *
 * @example
 * ```ts
 * LOCALES.includes('en'); // true
 * ```
 */
export const LOCALES: readonly Locale[] = /* @__PURE__ */ Object.freeze(['zh-CN', 'en'] as const);

/**
 * Whether a value is one of {@link LOCALES}.
 *
 * @example
 * ```ts
 * isLocale('zh-CN'); // true
 * isLocale('zh');    // false
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/**
 * A text in every locale.
 *
 * @example
 * ```ts
 * const t: LocalizedText = { 'zh-CN': '日期无效', en: 'Invalid date' };
 * ```
 */
export interface LocalizedText {
  readonly 'zh-CN': string;
  readonly en: string;
}

/**
 * One problem found in an input: where (`path`), what (`code`, stable) and a human message
 * (in the locale the caller asked for; English by default). `messages` has it in every locale
 * where the library knows both. The shape matches zod's issues, so errors from zod schemas and
 * from hand-written checks can be shown the same way.
 *
 * @example
 * ```ts
 * const issue: Issue = { path: ['offDays', 0], code: 'weekend-off-day', message: '2027-01-02 is a Saturday' };
 * ```
 */
export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly message: string;
  readonly messages?: LocalizedText;
}

const ID_18 = /(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const ID_15 = /(?<![0-9A-Za-z])(\d{6})(\d{6})(\d{3})(?![0-9A-Za-z])/g;

/**
 * A resident identity number with its birth date masked (`510104********1237`), so that the
 * number never appears whole in a message, a log line or an error. Anything that is not a
 * 15- or 18-character number is masked entirely past its sixth character.
 *
 * @example
 * ```ts
 * maskResidentId('510104199003151237'); // '510104********1237'
 * maskResidentId('510104900315123');    // '510104******123'
 * ```
 */
export function maskResidentId(id: string): string {
  if (typeof id !== 'string') return '(not a string)';
  if (id.length === 18) return `${id.slice(0, 6)}********${id.slice(14)}`;
  if (id.length === 15) return `${id.slice(0, 6)}******${id.slice(12)}`;
  return id.length <= 6 ? id : `${id.slice(0, 6)}${'*'.repeat(Math.min(id.length - 6, 12))}`;
}

/**
 * The text with every run of digits shaped like a resident identity number (18 characters,
 * the last a digit or X; or 15 digits) masked as {@link maskResidentId} does. Every string the
 * library produces about an input (error messages, issues, rendered reasons) passes through it.
 *
 * @example
 * ```ts
 * maskResidentIds('bad check digit in 510104199003151231'); // 'bad check digit in 510104********1231'
 * ```
 */
export function maskResidentIds(text: string): string {
  if (text.length < 15 || !/\d{15}/.test(text)) return text;
  return text.replace(ID_18, '$1********$3').replace(ID_15, '$1******$3');
}

/**
 * A short rendering of any value for an error message. Never throws, whatever it is given
 * (objects without a prototype, BigInt, cyclic structures …); long strings are cut and
 * identity numbers masked.
 *
 * @example
 * ```ts
 * showValue('2024-2-3');          // '"2024-2-3"'
 * showValue(Object.create(null)); // 'an object'
 * showValue(5n);                  // '5'
 * ```
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return maskResidentIds(JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value));
  if (typeof value === 'symbol') return 'a symbol';
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return maskResidentIds(String(value));
  return Array.isArray(value) ? 'an array' : `a${typeof value === 'object' ? 'n object' : ' function'}`;
}

/** How many issues an error's message shows before "… and n more". */
const SHOWN = 5;

/** A path for a message (`String` writes a symbol as `Symbol(desc)`, as its `toString` does). */
function showPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(input)' : path.map(String).join('.');
}

/**
 * An error's message: its title and, unless the title already says it all, a summary of its
 * issues (the first five with their paths). Identity numbers are masked.
 *
 * @internal
 * @example
 * ```ts
 * summarise('Invalid fee quote input', [{ path: ['items', 0], code: 'x', message: 'unknown item' }], 'en');
 * // 'Invalid fee quote input (1 problem): items.0: unknown item'
 * ```
 */
export function summarise(title: string, issues: readonly Issue[], locale: Locale): string {
  const n = issues.length;
  if (n === 0 || (n === 1 && issueText(issues[0] as Issue, locale) === title)) return maskResidentIds(title);
  const zh = locale === 'zh-CN';
  const shown = issues.slice(0, SHOWN).map((i) => `${showPath(i.path)}: ${issueText(i, locale)}`).join(zh ? '；' : '; ');
  const more = n > SHOWN ? (zh ? `；另有${n - SHOWN}个问题` : `; and ${n - SHOWN} more`) : '';
  return maskResidentIds((zh ? `${title}（${n}个问题）：` : `${title} (${n} problem${n === 1 ? '' : 's'}): `) + shown + more);
}

function issueText(i: Issue, locale: Locale): string {
  return i.messages?.[locale] ?? i.message;
}

/**
 * A string for any value an error is given: a string as it is, anything else shown as
 * {@link showValue} shows it.
 *
 * @internal
 * @example
 * ```ts
 * asText('2027-01-01'); // '2027-01-01'
 * asText(undefined);    // 'undefined'
 * ```
 */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : showValue(value);
}

/** A path element as given (numbers and symbols), strings masked. */
function pathPart(p: unknown): PropertyKey {
  if (typeof p === 'number' || typeof p === 'symbol') return p;
  return maskResidentIds(asText(p));
}

/** Whether a value is an object (not null, not a function). */
const isObject = (x: unknown): x is object => x !== null && typeof x === 'object';

/** A code as given when it is a non-empty string, else `invalid`, masked. */
const codeOf = (code: unknown): string => maskResidentIds(typeof code === 'string' && code !== '' ? code : 'invalid');

/** A string property of an object, if it is one. */
const stringAt = (o: unknown, key: string): string | undefined => {
  const v = isObject(o) ? (o as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : undefined;
};

/** The issue with its strings masked and frozen (paths copied); any value is made an issue. */
function safeIssue(raw: unknown, locale: Locale): Issue {
  const i = (isObject(raw) ? raw : { message: asText(raw) }) as Partial<Record<keyof Issue, unknown>>;
  const m = i.messages;
  const zh = stringAt(m, 'zh-CN');
  const en = stringAt(m, 'en');
  const messages = zh !== undefined && en !== undefined ? Object.freeze({ 'zh-CN': maskResidentIds(zh), en: maskResidentIds(en) }) : undefined;
  const message = maskResidentIds(messages?.[locale] ?? asText(i.message ?? 'invalid')) || 'invalid';
  const path = Object.freeze(Array.isArray(i.path) ? i.path.map(pathPart) : []);
  const code = codeOf(i.code);
  return Object.freeze({ path, code, message, ...(messages && { messages }) });
}

/** The title in both locales, whatever was given. */
function titlesOf(title: unknown): LocalizedText {
  if (typeof title === 'string') return { 'zh-CN': title, en: title };
  const zh = stringAt(title, 'zh-CN');
  const en = stringAt(title, 'en') ?? zh ?? asText(title);
  return { 'zh-CN': zh ?? en, en };
}

/**
 * Base class of every error churujing throws. Its `message` summarises its `issues` (every
 * problem found, never only the first), in the locale the call asked for; `messageIn` gives it
 * in another. Identity numbers never appear whole in either. `code`, `issues` and `locale`
 * cannot be changed, and `issues` is never empty (an error given none gets one from its title).
 *
 * @example
 * ```ts
 * try {
 *   isWorkingDay('2024-02-30');
 * } catch (e) {
 *   if (e instanceof ChurujingError) console.log(e.code, e.issues);
 * }
 * ```
 */
export class ChurujingError extends Error {
  /** Stable machine-readable code, e.g. `invalid-date`, `calendar-range`. */
  declare readonly code: string;
  /** Every problem found, never only the first. */
  declare readonly issues: readonly Issue[];
  /** The locale of `message` and of each issue's `message`. */
  declare readonly locale: Locale;
  readonly #title: LocalizedText;

  constructor(code: string, title: string | LocalizedText, issues: readonly Issue[] = [], locale: Locale = 'en') {
    const loc: Locale = isLocale(locale) ? locale : 'en';
    const titles = titlesOf(title);
    const safeCode = codeOf(code);
    const given = Array.isArray(issues) ? issues.map((i) => safeIssue(i, loc)) : [];
    const safe = Object.freeze(given.length > 0 ? given : [safeIssue({ path: [], code: safeCode, message: titles[loc], messages: titles }, loc)]);
    super(summarise(titles[loc], safe, loc));
    this.name = new.target.name;
    // read-only and not configurable (defineProperty's defaults), enumerable
    for (const [key, value] of Object.entries({ code: safeCode, issues: safe, locale: loc })) Object.defineProperty(this, key, { value, enumerable: true });
    this.#title = titles;
  }

  /**
   * The message in another locale (issues without a message in that locale keep theirs).
   *
   * @throws `ValidationError` for a locale other than `'zh-CN'` and `'en'`.
   * @example
   * ```ts
   * try { quoteFees(bad); } catch (e) { if (e instanceof ChurujingError) console.log(e.messageIn('zh-CN')); }
   * ```
   */
  messageIn(locale: Locale): string {
    if (!isLocale(locale)) {
      const shown = showValue(locale);
      const messages = { 'zh-CN': `不支持的语言${shown}：可用zh-CN或en`, en: `unknown locale ${shown}: use 'zh-CN' or 'en'` };
      throw new ValidationError({ 'zh-CN': '语言选项无效', en: 'Invalid locale' }, [{ path: ['locale'], code: 'unknown-locale', message: messages.en, messages }]);
    }
    // `issues` cannot be changed (read-only, not configurable): the issues it was built with
    return summarise(this.#title[locale], this.issues, locale);
  }
}

/**
 * A civil date that is not a real `YYYY-MM-DD` date (e.g. `2024-02-30`, `2024-2-3`), or an
 * instant without an explicit UTC offset.
 *
 * @example
 * ```ts
 * try { addWorkingDays('2024-2-3', 1); } catch (e) { e instanceof InvalidDateError; } // true
 * ```
 */
export class InvalidDateError extends ChurujingError {
  constructor(title: string | LocalizedText, issues: readonly Issue[], locale: Locale = 'en') {
    super('invalid-date', title, issues, locale);
  }
}

/**
 * Input that fails its schema. `issues` lists every problem with its path.
 *
 * @example
 * ```ts
 * try {
 *   computeDeadline({ start: '2025-01-24', rule: { unit: 'working-days', count: -1 } });
 * } catch (e) {
 *   if (e instanceof ValidationError) for (const i of e.issues) console.log(i.path.join('.'), i.message);
 * }
 * ```
 */
export class ValidationError extends ChurujingError {
  constructor(title: string | LocalizedText, issues: readonly Issue[], locale: Locale = 'en') {
    super('invalid-input', title, issues, locale);
  }
}
