/**
 * The zh-CN texts of the English messages the package's own input checks give (a pattern's
 * "expected YYYY-MM-DD", …), shared by the zod issue reader and the plain checks.
 *
 * @module
 */

/**
 * zh-CN texts of the English messages our schemas give their checks (`z.string().regex(re,
 * 'expected …')`), so a custom check needs no second argument to be bilingual.
 */
export const OWN_ZH: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  __proto__: null,
  'expected YYYY-MM-DD': '应为YYYY-MM-DD格式的日期',
  'expected a real date written YYYY-MM-DD': '应为YYYY-MM-DD格式的真实日期',
  'expected a six-digit GB/T 2260 code': '应为6位GB/T 2260行政区划代码',
  'expected a city-level GB/T 2260 code': '应为地级GB/T 2260行政区划代码',
  'expected an ISO 8601 instant with an explicit offset (2025-01-24T10:00:00+08:00) or a civil date YYYY-MM-DD':
    '应为带时区偏移的ISO 8601时刻（如2025-01-24T10:00:00+08:00）或YYYY-MM-DD格式的日期',
} as unknown as Record<string, string>);
