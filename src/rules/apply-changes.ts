/**
 * Folding what-if changes into table data: entries are cut and split so that periods never
 * overlap; nothing is mutated.
 *
 * @module
 */
import { type Span, periodOf, spanOf } from './period.js';
import type { Change, LocalMeasures, Policy } from './policy.js';
import type { SetMember, SetTableData, TableData, ValueEntry, ValueTableData } from './table.js';

/** Removes `[cut.start, cut.end)` from a dated item, keeping what lies outside (0, 1 or 2 pieces). */
function cutItem<E extends { readonly from: string; readonly to?: string }>(item: E, cut: Span): E[] {
  const s = spanOf(item);
  if (s.end <= cut.start || s.start >= cut.end) return [item];
  const out: E[] = [];
  if (s.start < cut.start) out.push(withSpan(item, { start: s.start, end: cut.start }));
  if (s.end > cut.end) out.push(withSpan(item, { start: cut.end, end: s.end }));
  return out;
}

function withSpan<E extends { readonly from: string; readonly to?: string }>(item: E, span: Span): E {
  const { to: _drop, ...rest } = item;
  return { ...rest, ...periodOf(span) } as E;
}

const byFrom = (a: { from: string }, b: { from: string }) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0);

function applyToTable(table: TableData, change: Change): TableData {
  const cut = spanOf(change.op === 'end' ? { from: change.from } : change);
  if (table.kind === 'value') {
    if (change.op !== 'set' && change.op !== 'end') throw new Error(`${change.op} applies to set tables`);
    const kept = table.entries.flatMap((e) => cutItem(e, cut));
    const added: ValueEntry<unknown> =
      change.op === 'set'
        ? { from: change.from, ...(change.to !== undefined ? { to: change.to } : {}), value: change.value, cite: change.cite }
        : { from: change.from, value: null, cite: change.cite };
    const data: ValueTableData = { kind: 'value', verifiedThrough: table.verifiedThrough, entries: [...kept, added].sort(byFrom) };
    return data;
  }
  if (change.op !== 'add-member' && change.op !== 'remove-member') throw new Error(`${change.op} applies to value tables`);
  const kept = table.members.flatMap((m) => (m.member === change.member ? cutItem(m, cut) : [m]));
  if (change.op === 'add-member') {
    const added: SetMember = { member: change.member, from: change.from, ...(change.to !== undefined ? { to: change.to } : {}), cite: change.cite };
    kept.push(added);
  }
  const data: SetTableData = { kind: 'set', verifiedThrough: table.verifiedThrough, members: kept.sort(byFrom) };
  return data;
}

function emptyLike(table: TableData): TableData {
  return table.kind === 'value' ? { kind: 'value', verifiedThrough: table.verifiedThrough, entries: [] } : { kind: 'set', verifiedThrough: table.verifiedThrough, members: [] };
}

/**
 * The policy with its what-if changes folded into its tables and an empty change layer.
 * Assumes a structurally valid policy (see `validatePolicy`).
 *
 * @example
 * ```ts
 * const baked = materialize(withChanges(defaultPolicy(), [change]));
 * baked.changes.length; // 0
 * ```
 */
export function materialize(policy: Policy): Policy {
  const national: Record<string, TableData> = { ...policy.national };
  const local: Record<string, LocalMeasures> = { ...policy.local };
  for (const change of policy.changes) {
    const base = national[change.table];
    if (!base) throw new Error(`unknown table ${change.table}`);
    if (change.division === undefined) {
      national[change.table] = applyToTable(base, change);
    } else {
      const measures = local[change.division] ?? { tables: {} };
      const current = measures.tables[change.table] ?? emptyLike(base);
      local[change.division] = { ...measures, tables: { ...measures.tables, [change.table]: applyToTable(current, change) } };
    }
  }
  return { ...policy, national, local, changes: [] };
}

