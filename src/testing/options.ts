/**
 * Checking the options of the arbitraries: every problem at once, as one `ValidationError`.
 *
 * @module
 */
import * as z from 'zod/mini';
import { isCivilDate } from '../rules/civil-date.js';
import { parseOrThrow } from '../rules/zod-issues.js';

/** A civil date option. @internal */
export const dateOption = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine(isCivilDate, { message: 'expected a real date written YYYY-MM-DD', params: { code: 'invalid-date' } }));

/** The options parsed by `schema`, or a `ValidationError` naming the function. @internal */
export function checkOptions<S extends z.ZodMiniType>(schema: S, options: unknown, name: string): z.output<S> {
  return parseOrThrow(schema, options ?? {}, { 'zh-CN': `${name} 的选项无效`, en: `Invalid options of ${name}` }, 'en', ['options']);
}

/** An issue when `from` is after `to`. @internal */
export function orderIssue(from: string | undefined, to: string | undefined, path: readonly PropertyKey[] = ['options', 'to']) {
  return from !== undefined && to !== undefined && to < from ? [{ path, code: 'inverted-range', message: `to ${to} is before from ${from}`, messages: { 'zh-CN': `结束日期${to}早于开始日期${from}`, en: `to ${to} is before from ${from}` } }] : [];
}
