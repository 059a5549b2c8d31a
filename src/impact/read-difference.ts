/**
 * Which reads of a table can answer differently under two policies (see rules/read-notes.ts for
 * the keys an evaluation notes): any read of a value table; of a set table, the listing of all its
 * members, and the look-up of a member whose entries differ — or of any member, and its
 * `verifiedThrough`, when that differs, or the table is on one side only, or of another kind.
 * An evaluation under the baseline that read none of these on its day has the same outcome under
 * the candidate: every read it makes there is answered alike, and evaluation is a function of
 * the application and the answers to its reads.
 *
 * @module
 */
import { SOME_MEMBER, UNKNOWN_READS, VERIFIED } from '../rules/read-notes.js';
import type { SetMember, TableData } from '../rules/table.js';
import { canonical } from './diff-values.js';
import { type DaySpan, inSpans } from './table-difference.js';

/**
 * The reads of one table (national, or of some division's local measures) that can answer
 * differently, and on which days.
 *
 * @internal
 */
export interface ReadDifference {
  readonly id: string;
  readonly spans: readonly DaySpan[];
  /** Set tables: the members whose entries differ (`undefined`: any read of the table counts). */
  readonly members?: readonly string[];
}

function byMember(members: readonly SetMember[]): Map<string, string> {
  const out = new Map<string, string[]>();
  for (const m of members) {
    const list = out.get(m.member);
    if (list) list.push(canonical(m));
    else out.set(m.member, [canonical(m)]);
  }
  return new Map([...out].map(([k, v]) => [k, v.join('\u0000')]));
}

/**
 * The read difference of two versions of a table that differ on `spans`.
 *
 * @internal
 * @example
 * ```ts
 * readDifference('endorsement.hkmo.G.cities', before, after, spans).members; // ['230100']
 * ```
 */
export function readDifference(id: string, a: TableData | undefined, b: TableData | undefined, spans: readonly DaySpan[]): ReadDifference {
  if (a === undefined || b === undefined || a.kind !== 'set' || b.kind !== 'set' || a.verifiedThrough !== b.verifiedThrough) return { id, spans };
  const ma = byMember(a.members);
  const mb = byMember(b.members);
  const members = new Set<string>();
  for (const [m, text] of ma) if (mb.get(m) !== text) members.add(m);
  for (const m of mb.keys()) if (!ma.has(m)) members.add(m);
  return { id, spans, members: [...members] };
}

/**
 * Whether the reads noted by an evaluation on `day` include one that can answer differently.
 *
 * @internal
 * @example
 * ```ts
 * readsDiffer(pair.reads, reads, parseCivilDate('2025-07-01')); // true: it read fee.passport.issue
 * ```
 */
export function readsDiffer(differences: readonly ReadDifference[], reads: ReadonlySet<string>, day: number): boolean {
  if (reads.has(UNKNOWN_READS)) return true;
  for (const d of differences) {
    if (!inSpans(d.spans, day)) continue;
    const id = d.id;
    if (reads.has(id)) return true;
    if (d.members === undefined) {
      if (reads.has(id + SOME_MEMBER) || reads.has(id + VERIFIED)) return true;
      continue;
    }
    if (!reads.has(id + SOME_MEMBER)) continue;
    for (const m of d.members) if (reads.has(`${id}\u0000${m}`)) return true;
  }
  return false;
}
