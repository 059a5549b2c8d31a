/**
 * The dated catalogue of GB/T 2260 codes without names: which codes each edition of the code table
 * lists, what replaced a retired code, the status of a code on a date and the codes that may be
 * meant by one not in force. It reads only the compact generated data
 * (division-codes-data.ts: codes, editions, successors), so that checking an office's code on the
 * acceptance date costs a few kilobytes in a bundle and no names at start-up;
 * `./division-history.js` adds the names for the public division functions (`divisionOn`,
 * `divisionHistory`, `suggestDivisions`, `listDivisions`), whose rules these are (see its module
 * documentation for how the yearly editions become dates).
 *
 * @internal
 * @module
 */
import { civilFields, civilFromDays, tryParseCivilDate, type CivilDate } from './civil-date.js';
import { DIVISION_CODE_RECORDS, HISTORY_FIRST_EDITION, HISTORY_LAST_EDITION } from './division-codes-data.js';

export { HISTORY_FIRST_EDITION, HISTORY_LAST_EDITION, HISTORY_SOURCE } from './division-codes-data.js';

/**
 * A code that took over (part of) a division: `year` is set when the change happened while the
 * old record stayed in use (part of its area moved to `code` in that year).
 *
 * @example
 * ```ts
 * const s: DivisionSuccessor = { code: '510116' }; // 双流县 became 双流区
 * ```
 */
export interface DivisionSuccessor {
  readonly code: string;
  readonly year?: number;
}

/**
 * One record of the catalogue without its name: a code for the editions that list it.
 *
 * @internal
 */
export interface CodeRecord {
  /** Position in the catalogue's record order (the names of division-history-data.ts follow it). */
  readonly index: number;
  readonly code: string;
  /** Year of the first edition that lists the record. */
  readonly firstEdition: number;
  /** Year of the last edition that lists it; `undefined` while the latest edition lists it. */
  readonly lastEdition: number | undefined;
  readonly successors: readonly DivisionSuccessor[];
}

/**
 * The status of a code on a date, with records `R` (see `DivisionOnDate` of division-history.ts,
 * which is this with named records).
 *
 * @internal
 */
export type CodeOnDate<R = CodeRecord> =
  | { readonly status: 'in-force'; readonly record: R; readonly provisional: boolean }
  | {
      readonly status: 'not-in-force';
      readonly reason: 'retired' | 'not-yet' | 'never-listed';
      readonly previous: R | undefined;
      readonly next: R | undefined;
      readonly provisional: boolean;
    }
  | {
      readonly status: 'uncertain';
      readonly reason: 'created' | 'retired' | 'renamed' | 'before-first-edition';
      readonly candidates: readonly R[];
      readonly codeInForce: boolean | undefined;
      readonly between: { readonly from: CivilDate | undefined; readonly to: CivilDate };
    };

/** The date of the edition of year `y`: the code table as of 31 December. @internal */
export function editionDate(y: number): CivilDate {
  return `${String(y).padStart(4, '0')}-12-31`;
}

/**
 * The catalogue decoded into flat arrays (one pass over the string, no object per record): a
 * record's object is built the first time it is asked for.
 */
interface Catalogue {
  /** Every code, ascending, as a number. */
  readonly codes: Int32Array;
  /** Records of the code at position `i`: `codeStart[i]` .. `codeStart[i + 1] - 1`. */
  readonly codeStart: Int32Array;
  /** Per record: first edition, and the edition after the last that lists it (0: still listed). */
  readonly first: Uint16Array;
  readonly end: Uint16Array;
  /** Per record: its successors as written (undefined: none). */
  readonly succ: readonly (string | undefined)[];
  /** Per record: its object, once built. */
  readonly built: (CodeRecord | undefined)[];
  /** Per code: its {@link notInForceReason} in each class of dates (see `dateClass`), filled as asked (0: not yet). */
  readonly checks: (Uint8Array | undefined)[];
}

let catalogue: Catalogue | undefined;
let codeStrings: readonly string[] | undefined;
let groups: ReadonlyMap<string, readonly string[]> | undefined;
let records: readonly CodeRecord[] | undefined;

const YEAR_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const yearOf = (letter: string): number => 1981 + YEAR_LETTERS.indexOf(letter);
const EMPTY: readonly never[] = Object.freeze([]);
const six = (n: number): string => String(n).padStart(6, '0');

/** Decode the embedded records once, on first use (see `DIVISION_CODE_RECORDS` for the format). */
function load(): Catalogue {
  if (catalogue) return catalogue;
  const re = /(\d*)([A-Za-z])([A-Za-z_])(?:\(([^)]*)\))?/y;
  const codes: number[] = [];
  const codeStart: number[] = [];
  const first: number[] = [];
  const end: number[] = [];
  const succ: (string | undefined)[] = [];
  let code = 0;
  while (re.lastIndex < DIVISION_CODE_RECORDS.length) {
    const m = re.exec(DIVISION_CODE_RECORDS);
    if (!m) throw new Error(`division-codes-data.ts: malformed record at ${re.lastIndex}`);
    const delta = m[1] === '' ? 1 : Number(m[1]);
    code += delta;
    if (delta !== 0) {
      codes.push(code);
      codeStart.push(first.length);
    }
    first.push(yearOf(m[2] as string));
    end.push(m[3] === '_' ? 0 : yearOf(m[3] as string));
    succ.push(m[4]);
  }
  codeStart.push(first.length);
  catalogue = {
    codes: Int32Array.from(codes),
    codeStart: Int32Array.from(codeStart),
    first: Uint16Array.from(first),
    end: Uint16Array.from(end),
    succ,
    built: new Array<CodeRecord | undefined>(first.length),
    checks: new Array<Uint8Array | undefined>(codes.length),
  };
  return catalogue;
}

/** Position of a six-digit code in the catalogue's ascending codes, or -1. */
function positionOf(c: Catalogue, code: string): number {
  const x = Number(code);
  let lo = 0;
  let hi = c.codes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = c.codes[mid] as number;
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Positions of the codes asked by the checks ({@link notInForceReason}, {@link wasEverListed}), -1 for a code no edition lists: a hash lookup instead of a binary search over the catalogue. Bounded (emptied when full). */
const POSITIONS = new Map<string, number>();
const POSITIONS_LIMIT = 8192;

/** {@link positionOf}, remembered. */
function rememberedPosition(c: Catalogue, code: string): number {
  let at = POSITIONS.get(code);
  if (at === undefined) {
    at = positionOf(c, code);
    if (POSITIONS.size >= POSITIONS_LIMIT) POSITIONS.clear();
    POSITIONS.set(code, at);
  }
  return at;
}

/** The object of record `index`, the record of the code at position `at`. */
function recordAt(c: Catalogue, index: number, at: number): CodeRecord {
  let r = c.built[index];
  if (r === undefined) {
    const written = c.succ[index];
    const successors =
      written === undefined
        ? EMPTY
        : Object.freeze(
            written.split(',').map((x) => {
              const year = x.startsWith('@') ? yearOf(x[1] as string) : undefined;
              const target = c.codes[at + Number(year === undefined ? x : x.slice(2))];
              if (target === undefined) throw new Error(`division-codes-data.ts: successor ${x} of record ${index} is out of range`);
              return Object.freeze(year === undefined ? { code: six(target) } : { code: six(target), year });
            }),
          );
    const e = c.end[index] as number;
    r = Object.freeze({ index, code: six(c.codes[at] as number), firstEdition: c.first[index] as number, lastEdition: e === 0 ? undefined : e - 1, successors });
    c.built[index] = r;
  }
  return r;
}

/** Every record, in the catalogue's order (by code, then first edition). @internal */
export function codeRecords(): readonly CodeRecord[] {
  if (records === undefined) {
    const c = load();
    const out: CodeRecord[] = [];
    for (let at = 0; at < c.codes.length; at++) for (let i = c.codeStart[at] as number; i < (c.codeStart[at + 1] as number); i++) out.push(recordAt(c, i, at));
    records = Object.freeze(out);
  }
  return records;
}

/** The records of a code, oldest first (empty when no edition lists it). @internal */
export function recordsOfCode(code: string): readonly CodeRecord[] {
  const c = load();
  const at = positionOf(c, code);
  if (at < 0) return EMPTY;
  const out: CodeRecord[] = [];
  for (let i = c.codeStart[at] as number; i < (c.codeStart[at + 1] as number); i++) out.push(recordAt(c, i, at));
  return out;
}

/** The record of `code` listed in the edition of year `y`. @internal */
export function recordListedIn(code: string, y: number): CodeRecord | undefined {
  const c = load();
  const at = positionOf(c, code);
  if (at < 0) return undefined;
  for (let i = c.codeStart[at] as number; i < (c.codeStart[at + 1] as number); i++) {
    const e = c.end[i] as number;
    if ((c.first[i] as number) <= y && (e === 0 || y < e)) return recordAt(c, i, at);
  }
  return undefined;
}

/** County codes of a four-digit group, ascending. @internal */
export function countiesOfGroup(group: string): readonly string[] {
  if (groups === undefined) {
    const byGroup = new Map<string, string[]>();
    for (const code of allCodes()) {
      if (code.endsWith('00')) continue;
      const g = code.slice(0, 4);
      const list = byGroup.get(g);
      if (list) list.push(code);
      else byGroup.set(g, [code]);
    }
    for (const list of byGroup.values()) Object.freeze(list);
    groups = byGroup;
  }
  return groups.get(group) ?? EMPTY;
}

/** Every code of the catalogue, ascending. @internal */
export function allCodes(): readonly string[] {
  codeStrings ??= Object.freeze(Array.from(load().codes, six));
  return codeStrings;
}

/**
 * Where a date falls among the editions: on (or after the latest) edition, which alone decides;
 * between two editions; or before the first.
 *
 * @internal
 */
export type EditionPlace =
  | { readonly kind: 'edition'; readonly year: number; readonly provisional: boolean }
  | { readonly kind: 'between'; readonly before: number; readonly after: number }
  | { readonly kind: 'before-first' };

/** Where an epoch day falls among the editions. @internal */
export function placeOf(epochDay: number): EditionPlace {
  const [year, month, day] = civilFromDays(epochDay);
  const exact = month === 12 && day === 31;
  // The editions around the date: `before` <= date <= `after`.
  const before = exact ? year : year - 1;
  if (before >= HISTORY_LAST_EDITION) return { kind: 'edition', year: HISTORY_LAST_EDITION, provisional: before > HISTORY_LAST_EDITION || !exact };
  if (before < HISTORY_FIRST_EDITION) return { kind: 'before-first' };
  return exact ? { kind: 'edition', year, provisional: false } : { kind: 'between', before, after: year };
}

/** The record of `code` in force at a place (a code renamed that year: its newer record), if any. @internal */
export function recordInForce(code: string, place: EditionPlace): CodeRecord | undefined {
  if (place.kind === 'edition') return recordListedIn(code, place.year);
  if (place.kind === 'before-first') return undefined;
  if (recordListedIn(code, place.before) === undefined) return undefined;
  return recordListedIn(code, place.after);
}

/** The status of a six-digit code on an epoch day (the rules of `divisionOn`). @internal */
export function codeStatusOn(code: string, epochDay: number): CodeOnDate {
  const place = placeOf(epochDay);
  if (place.kind === 'edition') return known(code, place.year, place.provisional);
  if (place.kind === 'before-first') {
    const first = recordListedIn(code, HISTORY_FIRST_EDITION);
    return { status: 'uncertain', reason: 'before-first-edition', candidates: first ? [first] : EMPTY, codeInForce: undefined, between: { from: undefined, to: editionDate(HISTORY_FIRST_EDITION) } };
  }
  const { before, after } = place;
  const a = recordListedIn(code, before);
  const b = recordListedIn(code, after);
  if (a !== undefined && a === b) return { status: 'in-force', record: a, provisional: false };
  if (a === undefined && b === undefined) return known(code, before, false);
  return {
    status: 'uncertain',
    reason: a && b ? 'renamed' : a ? 'retired' : 'created',
    candidates: [a, b].filter((d): d is CodeRecord => d !== undefined),
    codeInForce: a && b ? true : undefined,
    between: { from: editionDate(before), to: editionDate(after) },
  };
}

/** The status according to the edition of year `y` alone. */
function known(code: string, y: number, provisional: boolean): CodeOnDate {
  const current = recordListedIn(code, y);
  if (current) return { status: 'in-force', record: current, provisional };
  let previous: CodeRecord | undefined;
  let next: CodeRecord | undefined;
  for (const d of recordsOfCode(code)) {
    if (d.firstEdition > y) next ??= d;
    else previous = d;
  }
  return { status: 'not-in-force', reason: previous ? 'retired' : next ? 'not-yet' : 'never-listed', previous, next, provisional };
}

/** Whether a status says the code is in force (a renamed code is). @internal */
export function codeInForce(r: CodeOnDate<unknown>): boolean {
  return r.status === 'in-force' || (r.status === 'uncertain' && r.codeInForce === true);
}

/**
 * Why a code is suggested: `successor` (it replaced the code, directly or through later changes),
 * `one-digit-off`, `digits-swapped` (two neighbouring digits), `county-of-prefecture` (a county of
 * the prefecture the code's first four digits name).
 *
 * @example
 * ```ts
 * const r: SuggestionReason = 'successor';
 * ```
 */
export type SuggestionReason = 'successor' | 'one-digit-off' | 'digits-swapped' | 'county-of-prefecture';

function levelOfCode(code: string): 'province' | 'prefecture' | 'county' {
  if (code.endsWith('0000')) return 'province';
  return code.endsWith('00') ? 'prefecture' : 'county';
}

/**
 * Codes in force on an epoch day (`date`) that may be meant by a six-digit `code`, best first,
 * with the record in force (the rules of `suggestDivisions`): empty when `code` is in force.
 *
 * @internal
 */
export function suggestCodes(code: string, epochDay: number, date: CivilDate, limit: number): readonly { readonly code: string; readonly reason: SuggestionReason; readonly record: CodeRecord }[] {
  const on = (x: string): CodeOnDate => codeStatusOn(x, epochDay);
  const self = on(code);
  if (codeInForce(self)) return EMPTY;
  const out: { code: string; reason: SuggestionReason; record: CodeRecord }[] = [];
  const seen = new Set<string>([code]);
  const offer = (x: string, reason: SuggestionReason): void => {
    if (out.length >= limit || seen.has(x)) return;
    const r = on(x);
    if (!codeInForce(r)) return;
    seen.add(x);
    const record = r.status === 'in-force' ? r.record : r.status === 'uncertain' ? r.candidates.at(-1) : undefined;
    if (record) out.push({ code: x, reason, record });
  };

  // 1. Successors, followed through later changes (breadth first; the catalogue bounds the walk).
  const queue: string[] = [code];
  const walked = new Set<string>();
  while (queue.length > 0 && out.length < limit) {
    const x = queue.shift() as string;
    if (walked.has(x)) continue;
    walked.add(x);
    const r = x === code ? self : on(x);
    if (x !== code && codeInForce(r)) {
      offer(x, 'successor');
      continue;
    }
    for (const d of recordsOfCode(x)) {
      if (d.lastEdition === undefined || editionDate(d.firstEdition) > date) continue; // still listed, or not yet: no successor by then
      for (const s of d.successors) if (s.year === undefined && s.code !== x) queue.push(s.code);
    }
  }
  // 2. One digit off, the last digits first; 3. neighbouring digits swapped: codes of the same level only.
  const sameLevel = (x: string): boolean => levelOfCode(x) === levelOfCode(code);
  for (let i = 5; i >= 0; i--) {
    for (let digit = 0; digit <= 9; digit++) {
      const x = code.slice(0, i) + String(digit) + code.slice(i + 1);
      if (x !== code && sameLevel(x)) offer(x, 'one-digit-off');
    }
  }
  for (let i = 4; i >= 0; i--) {
    const x = code.slice(0, i) + (code[i + 1] as string) + (code[i] as string) + code.slice(i + 2);
    if (code[i] !== code[i + 1] && sameLevel(x)) offer(x, 'digits-swapped');
  }
  // 4. Counties of the prefecture the code names.
  for (const x of countiesOfGroup(code.slice(0, 4))) offer(x, 'county-of-prefecture');
  return out;
}

/**
 * Whether a code is in force on a date, for a check that has already read both (a six-digit
 * `code`, a real `date`): `in-force`, `uncertain` (it changed that year; a renamed code counts as
 * in force) or `not-in-force` with the reason (`never-listed`: no edition lists it).
 *
 * @internal
 * @example
 * ```ts
 * codeOnDate('510122', '2016-06-01'); // { status: 'not-in-force', reason: 'retired', … }
 * ```
 */
export function codeOnDate(code: string, date: CivilDate): CodeOnDate {
  const day = tryParseCivilDate(date);
  if (day === undefined) throw new RangeError(`not a civil date: ${date}`);
  return codeStatusOn(code, day);
}

/**
 * The class of a real civil date among the editions: every date of one class has the same place
 * (`placeOf`, but for `provisional`), so every code has the same status on all of them. 0: before
 * the first edition; 1: on or after the latest; then, for each year Y from the first edition to
 * the one before the latest, 2 + 2(Y − first) for Y-12-31 and 3 + 2(Y − first) for the days
 * after it up to (Y+1)-12-30.
 */
function dateClass(date: CivilDate): number {
  const v = civilFields(date);
  const year = v >> 14;
  const exact = (v & 0x3fff) === ((12 << 7) | 31);
  const before = exact ? year : year - 1;
  if (before < HISTORY_FIRST_EDITION) return 0;
  if (before >= HISTORY_LAST_EDITION) return 1;
  return 2 + 2 * (before - HISTORY_FIRST_EDITION) + (exact ? 0 : 1);
}

/** The classes of {@link dateClass}. */
const DATE_CLASSES = 2 + 2 * (HISTORY_LAST_EDITION - HISTORY_FIRST_EDITION);

/** {@link notInForceReason}'s answers as stored (0: not yet known). */
const NOT_IN_FORCE: readonly (NotInForceReason | undefined)[] = [undefined, undefined, 'retired', 'not-yet', 'never-listed'];

/** Why a code is not in force on a date (`CodeOnDate`'s `reason` when its status is `not-in-force`). @internal */
export type NotInForceReason = 'retired' | 'not-yet' | 'never-listed';

/**
 * `codeOnDate(code, date)`'s reason when its status is `not-in-force`, else `undefined`: for a
 * check that only needs to know whether a code is in force on a real date (a six-digit `code`).
 * The status changes only between classes of dates (the editions' dates): it is computed once per
 * code and class, and then read from a table.
 *
 * @internal
 * @example
 * ```ts
 * notInForceReason('510122', '2016-06-01'); // 'retired'
 * notInForceReason('510100', '2016-06-01'); // undefined
 * ```
 */
export function notInForceReason(code: string, date: CivilDate): NotInForceReason | undefined {
  const day = tryParseCivilDate(date);
  if (day === undefined) throw new RangeError(`not a civil date: ${date}`);
  const c = load();
  const at = rememberedPosition(c, code);
  const cls = dateClass(date);
  // a code no edition lists: never listed, but for dates before the first edition (uncertain)
  if (at < 0) return cls === 0 ? undefined : 'never-listed';
  let row = c.checks[at];
  if (row === undefined) c.checks[at] = row = new Uint8Array(DATE_CLASSES);
  let v = row[cls] as number;
  if (v === 0) {
    const on = codeStatusOn(code, day);
    v = on.status !== 'not-in-force' ? 1 : on.reason === 'retired' ? 2 : on.reason === 'not-yet' ? 3 : 4;
    row[cls] = v;
  }
  return NOT_IN_FORCE[v];
}

/**
 * Whether some edition since the first lists `code` (a hukou code from an old identity number
 * counts).
 *
 * @internal
 * @example
 * ```ts
 * wasEverListed('510122'); // true (双流县, until 2015)
 * ```
 */
export function wasEverListed(code: string): boolean {
  // every code of the catalogue has at least one record
  return rememberedPosition(load(), code) >= 0;
}

/**
 * Up to `limit` codes in force on `date` that may be meant by `code` (see `suggestDivisions`).
 *
 * @internal
 * @example
 * ```ts
 * codesMeant('510122', '2020-01-01', 3)[0]; // '510116'
 * ```
 */
export function codesMeant(code: string, date: CivilDate, limit: number): readonly string[] {
  const day = tryParseCivilDate(date);
  if (day === undefined) throw new RangeError(`not a civil date: ${date}`);
  return suggestCodes(code, day, date, limit).map((s) => s.code);
}
