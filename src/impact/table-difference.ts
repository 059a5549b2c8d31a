/**
 * Where two versions of one table answer differently: the days on which a lookup (a value with
 * its citation and the day its entry starts, or the members of a set in force, or whether the
 * day lies past `verifiedThrough`) would not give the same result. An entry that only ends on
 * another day (a change from 2026 ends the entry in force before it) answers the same on the
 * days both versions have it: lookups differ there only in the period they report, which is
 * not part of an outcome. Computed by a sweep over the boundaries of both versions: between
 * two consecutive boundaries nothing changes on either side.
 *
 * @module
 */
import { parseCivilDate } from '../rules/civil-date.js';
import { spanOf } from '../rules/period.js';
import type { SetMember, TableData, ValueEntry } from '../rules/table.js';
import { canonical, deepEqual } from './diff-values.js';

/** The first day of year 1: "from the beginning". */
export const DAY_MIN = parseCivilDate('0001-01-01');
/** The last day of year 9999: "open-ended". */
export const DAY_MAX = parseCivilDate('9999-12-31');

/** A half-open epoch-day interval. */
export interface DaySpan {
  readonly start: number;
  readonly end: number;
}

type Item = ValueEntry<unknown> | SetMember;
interface Compiled {
  readonly verified: number;
  readonly items: readonly { readonly start: number; readonly end: number; readonly key: string }[];
  readonly kind: 'value' | 'set';
}

function compile(t: TableData): Compiled {
  const items: readonly Item[] = t.kind === 'value' ? t.entries : t.members;
  return {
    verified: parseCivilDate(t.verifiedThrough),
    kind: t.kind,
    items: items
      .map((x) => {
        const s = spanOf(x);
        // a value entry is known by all but its end; a set member by all of it (members are handed out whole)
        const key = t.kind === 'value' ? canonical({ ...x, to: undefined }) : canonical(x);
        return { start: s.start, end: Math.min(s.end, DAY_MAX + 1), key };
      })
      // value lookups search entries by start; set lookups list members in the table's order
      .sort((x, y) => (t.kind === 'value' ? x.start - y.start : 0)),
  };
}

/** What a lookup on `day` sees: the entry or members in force and whether the day is past `verifiedThrough`. */
function stateOn(t: Compiled | undefined, day: number): string {
  if (t === undefined) return 'absent';
  const unverified = day > t.verified ? 'u' : 'v';
  if (t.kind === 'value') {
    // the last entry starting on or before the day (entries are sorted and do not overlap)
    let found = -1;
    for (let i = 0; i < t.items.length; i++) if ((t.items[i] as { start: number }).start <= day) found = i;
    if (found < 0) return `${unverified}|not-yet`;
    const e = t.items[found] as { end: number; key: string };
    return day < e.end ? `${unverified}|${e.key}` : `${unverified}|gap`;
  }
  const members: string[] = [];
  for (const m of t.items) if (m.start <= day && day < m.end) members.push(m.key);
  return `${unverified}|${members.join('\u0001')}`;
}

/**
 * The days on which two versions of a table answer differently, as sorted disjoint half-open
 * spans (`[]` when they always agree). A missing version (`undefined`) differs everywhere the
 * other has an answer: from the beginning to the end of time.
 *
 * @example
 * ```ts
 * differingDays(national['fee.passport.issue'], changed['fee.passport.issue']); // [{ start: 20454, end: 2932897 }]
 * ```
 */
export function differingDays(a: TableData | undefined, b: TableData | undefined): DaySpan[] {
  if (a === b) return [];
  if (a === undefined || b === undefined || a.kind !== b.kind) return [{ start: DAY_MIN, end: DAY_MAX + 1 }];
  if (deepEqual(a, b)) return [];
  const ca = compile(a);
  const cb = compile(b);
  const points = new Set<number>([DAY_MIN]);
  for (const c of [ca, cb]) {
    points.add(c.verified + 1);
    for (const x of c.items) {
      points.add(x.start);
      points.add(x.end);
    }
  }
  const sorted = [...points].filter((p) => p >= DAY_MIN && p <= DAY_MAX).sort((x, y) => x - y);
  const out: DaySpan[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = i + 1 < sorted.length ? (sorted[i + 1] as number) : DAY_MAX + 1;
    if (stateOn(ca, start) === stateOn(cb, start)) continue;
    const last = out[out.length - 1];
    if (last && last.end === start) out[out.length - 1] = { start: last.start, end };
    else out.push({ start, end });
  }
  return out;
}

/** The union of sorted span lists, merged. */
export function unionSpans(lists: readonly (readonly DaySpan[])[]): DaySpan[] {
  const all = lists.flat().sort((x, y) => x.start - y.start);
  const out: DaySpan[] = [];
  for (const s of all) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

/** Whether `day` lies in one of the sorted disjoint spans (binary search). */
export function inSpans(spans: readonly DaySpan[], day: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as DaySpan;
    if (day < s.start) hi = mid - 1;
    else if (day >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
