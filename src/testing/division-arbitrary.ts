/**
 * Division codes for property tests, drawn from the GB/T 2260 catalogue the library knows
 * (src/rules/divisions.ts): by level, under a code prefix, or from a list.
 *
 * @module
 */
import fc from 'fast-check';
import * as z from 'zod/mini';
import { type DivisionLevel, listDivisions } from '../rules/division-history.js';
import { type Issue, ValidationError } from '../rules/errors.js';
import { checkOptions, dateOption } from './options.js';

const LEVELS = ['province', 'prefecture', 'county'] as const satisfies readonly DivisionLevel[];

const optionsSchema = /* @__PURE__ */ z.strictObject({
  level: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.union([/* @__PURE__ */ z.enum(LEVELS), /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(LEVELS)).check(/* @__PURE__ */ z.minLength(1))])),
  under: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{2,6}$/, 'expected the first 2 to 6 digits of a GB/T 2260 code'))),
  on: /* @__PURE__ */ z.optional(dateOption),
  codes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code'))).check(/* @__PURE__ */ z.minLength(1))),
});

/**
 * Options of {@link divisionArbitrary}.
 *
 * @example
 * ```ts
 * const o: DivisionArbitraryOptions = { level: 'prefecture', under: '44' }; // the cities of Guangdong
 * ```
 */
export interface DivisionArbitraryOptions {
  /** `province`, `prefecture`, `county` (default: provinces and prefectures). */
  readonly level?: DivisionLevel | readonly DivisionLevel[];
  /** Only codes that start with these digits (`'2301'`: Harbin and its districts). */
  readonly under?: string;
  /**
   * Only divisions in force on this date, by the dated catalogue (`listDivisions({ on })`: the
   * yearly code tables; default the latest edition).
   */
  readonly on?: string;
  /** Draw from these codes instead of the catalogue (each must be one the library knows). */
  readonly codes?: readonly string[];
}

/**
 * The codes of one level in force on a date (undefined: the latest edition), remembered: an
 * arbitrary is often built many times with the same options, and listing the catalogue names
 * every division. Bounded (cleared when full); frozen lists, copied before they are handed out.
 */
const LEVEL_CODES = new Map<string, readonly string[]>();
const KNOWN = new Map<string, ReadonlySet<string>>();
const MAX_REMEMBERED = 64;

function levelCodes(level: DivisionLevel, on: string | undefined): readonly string[] {
  const key = `${level}|${on ?? ''}`;
  let codes = LEVEL_CODES.get(key);
  if (codes === undefined) {
    if (LEVEL_CODES.size >= MAX_REMEMBERED) LEVEL_CODES.clear();
    codes = Object.freeze(listDivisions(on === undefined ? { level } : { level, on }).map((d) => d.code));
    LEVEL_CODES.set(key, codes);
  }
  return codes;
}

/** Every code in force on a date, of any level (remembered, bounded, never handed out). */
function knownCodes(on: string | undefined): ReadonlySet<string> {
  const key = on ?? '';
  let known = KNOWN.get(key);
  if (known === undefined) {
    if (KNOWN.size >= MAX_REMEMBERED) KNOWN.clear();
    known = new Set(LEVELS.flatMap((level) => levelCodes(level, on)));
    KNOWN.set(key, known);
  }
  return known;
}

/** The catalogued codes of some levels in force on a date, under a prefix (a fresh array). */
function catalogued(levels: readonly DivisionLevel[], under: string | undefined, on: string | undefined): string[] {
  const out: string[] = [];
  for (const level of new Set(levels)) for (const code of levelCodes(level, on)) if (under === undefined || code.startsWith(under)) out.push(code);
  return out;
}

/**
 * The codes {@link divisionArbitrary} draws from (validated), in code order. @internal
 */
export function divisionCodes(options: DivisionArbitraryOptions, name = 'divisionArbitrary'): readonly string[] {
  const o = checkOptions(optionsSchema, options, name);
  const issues: Issue[] = [];
  let codes: string[];
  if (o.codes) {
    const known = knownCodes(o.on);
    codes = [...new Set(o.codes)].filter((c) => o.under === undefined || c.startsWith(o.under));
    o.codes.forEach((c, i) => {
      if (!known.has(c)) issues.push({ path: ['options', 'codes', i], code: 'unknown-division', message: `${c} is not a division in force ${o.on === undefined ? 'in the latest code table' : `on ${o.on}`}` });
    });
  } else {
    const levels = o.level === undefined ? (['province', 'prefecture'] as const) : typeof o.level === 'string' ? [o.level] : o.level;
    codes = catalogued(levels, o.under, o.on);
  }
  if (issues.length === 0 && codes.length === 0) issues.push({ path: ['options'], code: 'no-divisions', message: 'no division matches these options' });
  if (issues.length > 0) throw new ValidationError({ 'zh-CN': `${name} 的选项无效`, en: `Invalid options of ${name}` }, issues);
  return codes.sort();
}

/**
 * An arbitrary of six-digit GB/T 2260 division codes from the library's dated catalogue:
 * provinces and prefectures by default, of the levels asked for (counties too), under a code
 * prefix, in force on a date, or from a list of codes (each must be in force then). Shrinks
 * towards the lowest code.
 *
 * @throws `ValidationError` listing every problem of the options (an unknown code, no division
 * matching).
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { divisionArbitrary } from 'churujing/testing';
 *
 * fc.sample(divisionArbitrary({ level: 'prefecture', under: '23' }), { seed: 7, numRuns: 3 }); // cities of Heilongjiang
 * fc.sample(divisionArbitrary({ level: 'county', under: '5101', on: '2010-06-01' }), 3);    // Chengdu's districts and counties in 2010
 * ```
 */
export function divisionArbitrary(options: DivisionArbitraryOptions = {}): fc.Arbitrary<string> {
  const codes = divisionCodes(options);
  return fc.integer({ min: 0, max: codes.length - 1 }).map((i) => codes[i] as string);
}
