/**
 * Segments of a compiled policy: the days between two consecutive boundaries (a period's first
 * or last day, a set member's, the day after a table's `verifiedThrough`) of every table,
 * national and local. Inside one segment, every table answers alike on every day, and alike at
 * every place whose chain (the division, its prefecture, its province) carries the same local
 * measures, so those views share their answers (and the tracked values that did not read the
 * date) in a {@link Segment}. The built-in policy has about seventy boundaries from 2004 to 2025
 * and local measures in ten divisions: a view on a day no caller asked for yet, at a place no
 * caller asked for yet, finds most of its work done by another.
 *
 * @module
 */
import type { TableData } from './table.js';
import { spanOf } from './period.js';
import { BoundedMap, KeyTrie } from './key-trie.js';

/** How many set lookups a segment keeps (they are keyed by what callers ask). */
const MEMBER_LIMIT = 4096;
/** How many tracked values a segment keeps. */
const TRACKED_LIMIT = 4096;
/** How many segments a policy keeps (by place, mode and segment); bounded. */
const SEGMENT_LIMIT = 2048;

/**
 * What the views of one mode inside one segment share, when their chains of divisions carry the
 * same local measures: the answers to their reads, and the values computed by
 * `PolicyView.tracked` that did not read the date (by division, those that read it).
 *
 * @internal
 */
export class Segment {
  /** Value lookups (keyed by the ids of the policy's tables: bounded by them). */
  readonly values = new Map<string, unknown>();
  /** Set lookups, by table id and member; bounded. */
  readonly memberOf = new BoundedMap<string, unknown>(MEMBER_LIMIT);
  /** Every member in force, by table id. */
  readonly membersOf = new Map<string, readonly unknown[]>();
  /** Tracked values (`{ value, dated }`), by their key. */
  readonly tracked = new KeyTrie(TRACKED_LIMIT);
}

/** The boundary days of some tables (sorted, distinct); throws on data that does not parse. */
function boundariesOf(tables: Readonly<Record<string, TableData>>): number[] {
  const days = new Set<number>();
  const add = (from: string, to: string | undefined) => {
    const s = spanOf(to === undefined ? { from } : { from, to });
    days.add(s.start);
    if (s.end !== Number.POSITIVE_INFINITY) days.add(s.end);
  };
  for (const id of Object.keys(tables)) {
    const t = tables[id] as TableData;
    days.add(spanOf({ from: t.verifiedThrough }).start + 1);
    if (t.kind === 'value') for (const e of t.entries) add(e.from, e.to);
    else for (const m of t.members) add(m.from, m.to);
  }
  for (const d of days) if (!Number.isInteger(d)) throw new TypeError('a boundary is not a day');
  return [...days].sort((a, b) => a - b);
}

function merge(lists: readonly (readonly number[])[]): number[] {
  const all = new Set<number>();
  for (const l of lists) for (const d of l) all.add(d);
  return [...all].sort((a, b) => a - b);
}

/**
 * The index of the last of the sorted `starts` on or before `day` (-1 before the first): a
 * table's entry, or a segment's boundary.
 *
 * @internal
 */
export function floorIndex(starts: readonly number[], day: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The segments of one compiled policy: its boundaries (of every table, national and local,
 * computed on first use) and the segments made so far. A policy whose tables do not
 * parse has none (its views then share nothing, and its reads report the problem).
 *
 * @internal
 */
export class Segments {
  readonly #national: Readonly<Record<string, TableData>>;
  readonly #local: ReadonlyMap<string, Readonly<Record<string, TableData>>>;
  #boundaries: readonly number[] | null | undefined;
  readonly #segments = new BoundedMap<string, Segment>(SEGMENT_LIMIT);

  constructor(national: Readonly<Record<string, TableData>>, local: ReadonlyMap<string, Readonly<Record<string, TableData>>>) {
    this.#national = national;
    this.#local = local;
  }

  #bounds(tables: Readonly<Record<string, TableData>>): readonly number[] | null {
    try {
      return boundariesOf(tables);
    } catch {
      return null;
    }
  }

  /** The boundaries of every table, national and local, or `null` when some table does not parse. */
  #all(): readonly number[] | null {
    if (this.#boundaries !== undefined) return this.#boundaries;
    const lists: (readonly number[])[] = [];
    for (const tables of [this.#national, ...this.#local.values()]) {
      const b = this.#bounds(tables);
      if (b === null) return (this.#boundaries = null);
      lists.push(b);
    }
    return (this.#boundaries = merge(lists));
  }

  /**
   * The segment of `day` for the views whose chain of divisions carries the local measures of
   * `measures` (the codes, joined), in a mode (`flag`); `undefined` when the policy's tables do
   * not parse. The boundaries are those of every place's tables, so a tracked
   * value that read other places (`view.at`) is the same on every day of the segment too.
   */
  at(measures: string, day: number, flag: boolean): Segment | undefined {
    const bounds = this.#all();
    if (bounds === null) return undefined;
    const key = `${measures}|${flag ? 1 : 0}|${floorIndex(bounds, day)}`;
    let s = this.#segments.get(key);
    if (s === undefined) this.#segments.set(key, (s = new Segment()));
    return s;
  }
}
