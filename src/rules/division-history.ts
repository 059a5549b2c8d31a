/**
 * The dated catalogue of GB/T 2260 codes, counties included: which codes existed on which dates
 * since the first edition of the code table in the data, and what a retired code became.
 *
 * ## How years become dates
 * The Ministry of Civil Affairs publishes the code table once a year, compiled at the end of
 * December. The data has only the years of those editions, so the catalogue reasons about dates
 * through them:
 * - the edition of year Y is the table as of **Y-12-31**; a record listed in the editions S … E−1 is
 *   *known to be in force* from S-12-31 through (E−1)-12-31 (its `listedFrom`, `listedUntil`);
 * - between two editions the catalogue knows what both say: a code listed in both under the same
 *   record is in force on every day between them (changes that come and go within one year are not
 *   in the tables); a code listed in only one of them changed **during** that year, and on those
 *   dates its status is `uncertain` (created, retired or renamed that year) — never a guess;
 * - before the first edition ({@link HISTORY_FIRST_EDITION}-12-31) every status is `uncertain`;
 * - after the latest edition ({@link HISTORY_LAST_EDITION}-12-31) the latest edition is extended, and
 *   the answer says so (`provisional: true`).
 *
 * The codes, editions and successors are read by `./division-codes.js` from its compact generated
 * data (division-codes-data.ts), which is all that checking a code on a date needs; only this module
 * reads the names (division-history-data.ts, generated), so bundles that check codes without
 * showing names, or use the province and prefecture lookups of `./divisions.js`, do not carry them.
 *
 * @module
 */
import type { CivilDate } from './civil-date.js';
import { ArgumentProblems } from './division-args.js';
import {
  type CodeOnDate,
  type CodeRecord,
  type DivisionSuccessor,
  HISTORY_LAST_EDITION,
  allCodes as allCatalogueCodes,
  codeRecords,
  codeStatusOn,
  editionDate,
  placeOf,
  recordInForce,
  recordListedIn,
  recordsOfCode,
} from './division-codes.js';
import { deriveEnglish, parseSyllables } from './division-english.js';
import { HISTORY_NAMES, HISTORY_SYLLABLES } from './division-history-data.js';
import { listDivisions as listCurrentDivisions, type Division } from './divisions.js';
import type { LocalizedText } from './errors.js';

export { HISTORY_FIRST_EDITION, HISTORY_LAST_EDITION, HISTORY_SOURCE, type DivisionSuccessor } from './division-codes.js';

/**
 * Level of a division: provincial, prefecture or county level.
 *
 * @example
 * ```ts
 * const level: DivisionLevel = 'county';
 * ```
 */
export type DivisionLevel = 'province' | 'prefecture' | 'county';

/**
 * One record of the dated catalogue: a code under one name for the editions that list it.
 *
 * @example
 * ```ts
 * const d: DatedDivision = divisionHistory('510122')!.periods[0]!;
 * d['zh-CN'];        // '双流县'
 * d.listedUntil;     // '2014-12-31' (the last edition that lists it)
 * d.successors;      // [{ code: '510116' }]
 * ```
 */
export interface DatedDivision {
  /** Six-digit GB/T 2260 code. */
  readonly code: string;
  /** Chinese name as in the code table. */
  readonly 'zh-CN': string;
  /** English name: the conventional one for current provinces and prefectures, else pinyin without tones with the kind of division (generated). */
  readonly en: string;
  readonly level: DivisionLevel;
  /** Code of its provincial-level division (its own code for a province). */
  readonly province: string;
  /** Code of its prefecture-level division: its own for a prefecture, none for a province or a county under its province directly; a municipality's districts and counties belong to its city-level code (110100 …). */
  readonly prefecture: string | undefined;
  /** Year of the first edition that lists the record. */
  readonly firstEdition: number;
  /** Year of the last edition that lists it; `undefined` while the latest edition lists it. */
  readonly lastEdition: number | undefined;
  /** Date of the first edition that lists it (`firstEdition`-12-31): known in force from this date. */
  readonly listedFrom: CivilDate;
  /** Date of the last edition that lists it: known in force through this date; `undefined` while listed. */
  readonly listedUntil: CivilDate | undefined;
  /** Codes that took over from it (see {@link DivisionSuccessor}). */
  readonly successors: readonly DivisionSuccessor[];
}

/**
 * The status of a code on a date: `in-force` (the record in force), `not-in-force` (with the record
 * before or after, and the successors of the one before) or `uncertain` (the code changed during
 * the year between the two editions around the date, or the date is before the first edition; the
 * candidates are the records the editions list). `provisional` marks answers after the latest
 * edition, which extend it.
 *
 * @example
 * ```ts
 * const r: DivisionOnDate = divisionOn('510122', '2016-06-01');
 * if (r.status === 'not-in-force') r.reason; // 'retired'
 * ```
 */
export type DivisionOnDate =
  | {
      readonly status: 'in-force';
      readonly code: string;
      readonly date: CivilDate;
      readonly division: DatedDivision;
      readonly provisional: boolean;
    }
  | {
      readonly status: 'not-in-force';
      readonly code: string;
      readonly date: CivilDate;
      /** `retired`: an earlier record ended; `not-yet`: only later records; `never-listed`: no edition lists the code. */
      readonly reason: 'retired' | 'not-yet' | 'never-listed';
      readonly previous: DatedDivision | undefined;
      readonly next: DatedDivision | undefined;
      /** Successors of `previous`. */
      readonly successors: readonly DivisionSuccessor[];
      readonly provisional: boolean;
    }
  | {
      readonly status: 'uncertain';
      readonly code: string;
      readonly date: CivilDate;
      /** What changed in the year around the date, or `before-first-edition`. */
      readonly reason: 'created' | 'retired' | 'renamed' | 'before-first-edition';
      /** The records the editions around the date list (older first). */
      readonly candidates: readonly DatedDivision[];
      /** Whether the code itself is in force (true when it was renamed or reused that year). */
      readonly codeInForce: boolean | undefined;
      /** The two edition dates around the date (`from` absent before the first edition). */
      readonly between: { readonly from: CivilDate | undefined; readonly to: CivilDate };
    };

/**
 * Everything the catalogue knows about a code: its records in order, and the codes it took over
 * from.
 *
 * @example
 * ```ts
 * const h: DivisionHistory = divisionHistory('110101')!;
 * h.predecessors; // ['110103'] (崇文区 merged into 东城区 in 2010)
 * ```
 */
export interface DivisionHistory {
  readonly code: string;
  readonly periods: readonly DatedDivision[];
  /** Codes whose records name this code as a successor, ascending. */
  readonly predecessors: readonly string[];
}

/**
 * Options of {@link listDivisions}: the level, the date (default: the latest edition) and the
 * parent (a province or prefecture code) of the divisions to list.
 *
 * @example
 * ```ts
 * const o: ListDivisionsOptions = { level: 'county', on: '2016-12-31', parent: '510100' };
 * ```
 */
export interface ListDivisionsOptions {
  readonly level?: DivisionLevel;
  readonly on?: CivilDate;
  readonly parent?: string;
  readonly locale?: 'zh-CN' | 'en';
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const LEVELS: readonly DivisionLevel[] = Object.freeze(['province', 'prefecture', 'county']);

const NONE: readonly never[] = Object.freeze([]);

/** The named record of each record of the catalogue, by its index (built once, on first use). */
let named: readonly DatedDivision[] | undefined;
let predecessorIndex: ReadonlyMap<string, readonly string[]> | undefined;

function levelOf(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
}

/** Name the records of the code catalogue once, on first use. */
function load(): readonly DatedDivision[] {
  if (named) return named;
  const names = HISTORY_NAMES.split('\n');
  const records = codeRecords();
  if (names.length !== records.length) throw new Error(`division-history-data.ts: ${names.length} names for ${records.length} records`);
  const syllables = parseSyllables(HISTORY_SYLLABLES);
  named = Object.freeze(
    records.map((r, i) => {
      const [zh = '', en, extra] = (names[i] as string).split('|');
      if (zh === '' || extra !== undefined) throw new Error(`division-history-data.ts: malformed name ${JSON.stringify(names[i])}`);
      const { code } = r;
      const level = levelOf(code);
      const pp = code.slice(0, 2);
      const group = code.slice(0, 4);
      let prefecture: string | undefined;
      if (level === 'prefecture') prefecture = code;
      else if (level === 'county') {
        if (MUNICIPALITIES.has(pp) && ['01', '02', '03'].includes(code.slice(2, 4))) prefecture = `${pp}0100`;
        else if (recordListedIn(`${group}00`, r.firstEdition)) prefecture = `${group}00`;
      }
      return Object.freeze({
        code,
        'zh-CN': zh,
        en: en ?? deriveEnglish(zh, syllables) ?? zh,
        level,
        province: `${pp}0000`,
        prefecture,
        firstEdition: r.firstEdition,
        lastEdition: r.lastEdition,
        listedFrom: editionDate(r.firstEdition),
        listedUntil: r.lastEdition === undefined ? undefined : editionDate(r.lastEdition),
        successors: r.successors,
      } satisfies DatedDivision);
    }),
  );
  return named;
}

/** The named record of a record of the code catalogue. @internal */
export function namedRecord(r: CodeRecord): DatedDivision {
  return load()[r.index] as DatedDivision;
}

const namedOrNone = (r: CodeRecord | undefined): DatedDivision | undefined => (r === undefined ? undefined : namedRecord(r));

/** The record of `code` listed in the edition of year `y`. @internal */
export function listedIn(code: string, y: number): DatedDivision | undefined {
  return namedOrNone(recordListedIn(code, y));
}

/** The records of a code, oldest first (empty when no edition lists it). @internal */
export function recordsOf(code: string): readonly DatedDivision[] {
  let named = namedByCode.get(code);
  if (named === undefined) {
    const list = recordsOfCode(code);
    if (list.length === 0) return NONE; // unknown codes are not kept: the cache holds only the catalogue's codes
    namedByCode.set(code, (named = Object.freeze(list.map(namedRecord))));
  }
  return named;
}

/** The named records of each code asked for (at most one entry per code of the catalogue). */
const namedByCode = new Map<string, readonly DatedDivision[]>();

/** Every code of the catalogue, ascending. @internal */
export function allCodes(): readonly string[] {
  return allCatalogueCodes();
}

/** A status of the code catalogue with its records named, as {@link divisionOn} gives it. @internal */
export function namedStatus(code: string, date: CivilDate, r: CodeOnDate): DivisionOnDate {
  if (r.status === 'in-force') return Object.freeze({ status: 'in-force', code, date, division: namedRecord(r.record), provisional: r.provisional });
  if (r.status === 'not-in-force') {
    const previous = namedOrNone(r.previous);
    return Object.freeze({ status: 'not-in-force', code, date, reason: r.reason, previous, next: namedOrNone(r.next), successors: previous?.successors ?? NONE, provisional: r.provisional });
  }
  return Object.freeze({ status: 'uncertain', code, date, reason: r.reason, candidates: Object.freeze(r.candidates.map(namedRecord)), codeInForce: r.codeInForce, between: Object.freeze({ ...r.between }) });
}

/** The status of a checked code on an epoch day (see {@link divisionOn}). @internal */
export function statusOn(code: string, epochDay: number, date: CivilDate): DivisionOnDate {
  return namedStatus(code, date, codeStatusOn(code, epochDay));
}

/** Whether a status says the code is in force (a renamed code is). @internal */
export function codeInForce(r: DivisionOnDate): boolean {
  return r.status === 'in-force' || (r.status === 'uncertain' && r.codeInForce === true);
}

const TITLE: LocalizedText = { 'zh-CN': '行政区划查询参数无效', en: 'Invalid division lookup' };

/**
 * The status of a GB/T 2260 code on a civil date: the division in force (with its level, province
 * and prefecture), a code not in force (retired, not yet created or never listed, with what replaced
 * it), or `uncertain` when the code changed during the year around the date (see the module
 * documentation for how the yearly editions map to dates). Constant time after the first call.
 *
 * @param options - `locale` of error messages.
 * @throws {@link ValidationError} if `code` is not six digits or `date` is not a real `YYYY-MM-DD` date (every problem at once).
 * @example
 * ```ts
 * divisionOn('510116', '2016-06-01'); // { status: 'in-force', division: { 'zh-CN': '双流区', prefecture: '510100', … }, provisional: false }
 * divisionOn('510122', '2016-06-01'); // { status: 'not-in-force', reason: 'retired', successors: [{ code: '510116' }], … }
 * divisionOn('510116', '2015-06-01'); // { status: 'uncertain', reason: 'created', between: { from: '2014-12-31', to: '2015-12-31' }, … }
 * ```
 */
export function divisionOn(code: string, date: CivilDate, options?: { readonly locale?: 'zh-CN' | 'en' }): DivisionOnDate {
  const p = new ArgumentProblems();
  p.options(options, []);
  const c = p.code(code, ['code']);
  const day = p.date(date, ['date']);
  p.throwIfAny(TITLE);
  return statusOn(c as string, day as number, date);
}

/**
 * Whether `code` is a GB/T 2260 code in force on `date`: listed in the editions on both sides of
 * the date (a code renamed that year counts, a code created or retired that year does not), or,
 * after the latest edition, listed in it (provisional). For the reason behind a `false`, use
 * {@link divisionOn}.
 *
 * @throws {@link ValidationError} if `date` is not a real `YYYY-MM-DD` date (a `code` that is not six digits is simply `false`).
 * @example
 * ```ts
 * isDivisionCodeOn('110103', '2009-06-01'); // true  (崇文区)
 * isDivisionCodeOn('110103', '2011-06-01'); // false (merged into 东城区 in 2010)
 * isDivisionCodeOn('510199', '2020-01-01'); // false (never a code)
 * ```
 */
export function isDivisionCodeOn(code: unknown, date: CivilDate): boolean {
  const p = new ArgumentProblems();
  const day = p.date(date, ['date']);
  p.throwIfAny(TITLE);
  if (typeof code !== 'string' || !/^\d{6}$/.test(code)) return false;
  return codeInForce(statusOn(code, day as number, date));
}

/**
 * The history of a code: its records in order (each with the editions that list it and its
 * successors) and the codes it took over from; `undefined` if no edition since
 * {@link HISTORY_FIRST_EDITION} lists it. A hukou code from an old identity number is a code that
 * once existed when this is defined.
 *
 * @throws {@link ValidationError} if `code` is not six digits.
 * @example
 * ```ts
 * divisionHistory('512081')?.periods.map((d) => [d['zh-CN'], d.listedFrom, d.listedUntil, d.successors]);
 * // [['简阳市', '2000-12-31', '2015-12-31', [{ code: '510185' }]]] (简阳 moved from 资阳 to 成都 in 2016)
 * divisionHistory('510199'); // undefined
 * ```
 */
export function divisionHistory(code: string, options?: { readonly locale?: 'zh-CN' | 'en' }): DivisionHistory | undefined {
  const p = new ArgumentProblems();
  p.options(options, []);
  const c = p.code(code, ['code']);
  p.throwIfAny(TITLE);
  const periods = recordsOf(c as string);
  if (periods.length === 0) return undefined;
  return Object.freeze({ code: c as string, periods, predecessors: predecessorsOf(c as string) });
}

function predecessorsOf(code: string): readonly string[] {
  if (!predecessorIndex) {
    const index = new Map<string, string[]>();
    for (const d of codeRecords()) {
      for (const s of d.successors) {
        if (s.code === d.code) continue;
        const list = index.get(s.code) ?? [];
        if (!list.includes(d.code)) list.push(d.code);
        index.set(s.code, list);
      }
    }
    for (const list of index.values()) Object.freeze(list.sort());
    predecessorIndex = index;
  }
  return predecessorIndex.get(code) ?? NONE;
}

/**
 * The divisions in force on a date, by level and parent; or, with a level string or no argument,
 * the current provinces and prefectures as `./divisions.js` lists them.
 *
 * With options: `on` (default: the latest edition's date) is a civil date; a code counts when
 * {@link isDivisionCodeOn} says it is in force (for a code renamed that year, its newer record);
 * `parent` is a province code (its prefectures and counties) or a prefecture code (its counties).
 * Linear in the size of the catalogue; nothing is cached. The arrays and their elements are frozen.
 *
 * @throws {@link ValidationError} for an unknown level, a date that is not real, a parent that is not six digits, or unknown options.
 * @example
 * ```ts
 * listDivisions('province').length;                                        // 31
 * listDivisions({ level: 'county', on: '2016-12-31', parent: '510100' })
 *   .some((d) => d['zh-CN'] === '简阳市');                                   // true
 * listDivisions({ level: 'county', on: '2009-12-31', parent: '110000' }).length; // 18 (before 崇文/宣武 merged)
 * ```
 */
export function listDivisions(level?: 'province' | 'prefecture'): readonly Division[];
export function listDivisions(options: ListDivisionsOptions): readonly DatedDivision[];
export function listDivisions(arg?: 'province' | 'prefecture' | ListDivisionsOptions): readonly (Division | DatedDivision)[] {
  if (arg === undefined || typeof arg === 'string') return listCurrentDivisions(arg);
  const p = new ArgumentProblems();
  const o = p.options(arg, ['level', 'on', 'parent'], ['options']);
  const level = Object.hasOwn(o, 'level') ? o.level : undefined;
  if (level !== undefined && !LEVELS.includes(level as DivisionLevel)) {
    p.add(['options', 'level'], 'unknown-level', { 'zh-CN': `层级应为province、prefecture或county`, en: `level must be 'province', 'prefecture' or 'county'` });
  }
  const on = Object.hasOwn(o, 'on') && o.on !== undefined ? o.on : editionDate(HISTORY_LAST_EDITION);
  const day = p.date(on, ['options', 'on']);
  const parent = Object.hasOwn(o, 'parent') && o.parent !== undefined ? p.code(o.parent, ['options', 'parent']) : undefined;
  p.throwIfAny(TITLE);
  const out: DatedDivision[] = [];
  const place = placeOf(day as number);
  for (const code of allCodes()) {
    if (level !== undefined && levelOf(code) !== level) continue;
    if (parent !== undefined && (code === parent || !code.startsWith(parent.slice(0, 2)))) continue;
    const r = recordInForce(code, place);
    if (!r) continue;
    const d = namedRecord(r);
    if (parent !== undefined && !parent.endsWith('0000') && d.prefecture !== parent) continue;
    out.push(d);
  }
  return Object.freeze(out);
}
