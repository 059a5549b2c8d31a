/**
 * Shared helpers for the boundary sweep and the period properties: the dated items of every
 * document table (national and local), their start points (`from`, and the day after `to`),
 * and a comparable snapshot of what a view says about a table.
 */
import { DOCUMENT_LOCAL, DOCUMENT_NATIONAL, DOCUMENT_TABLES } from '../../src/documents/tables.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import type { PolicyView } from '../../src/rules/policy-at.js';
import type { TableData, TableSpec } from '../../src/rules/table.js';

export interface Dated {
  readonly from: string;
  readonly to?: string;
}

function itemsOf(t: TableData): readonly Dated[] {
  return t.kind === 'value' ? t.entries : t.members;
}

/** Where a table is evaluated: nationally, or at a division with local measures for it. */
export interface Place {
  readonly spec: TableSpec;
  readonly division?: string;
  /** Every dated item that can decide the result at this place. */
  readonly items: readonly Dated[];
}

/** Every (table, place) pair: the national evaluation, plus one per division that has local data for the table. */
export function places(): Place[] {
  const out: Place[] = [];
  for (const spec of DOCUMENT_TABLES) {
    const national = DOCUMENT_NATIONAL[spec.id];
    if (!national) throw new Error(`no national data for ${spec.id}`);
    out.push({ spec, items: itemsOf(national) });
    for (const [division, tables] of Object.entries(DOCUMENT_LOCAL)) {
      const local = tables[spec.id];
      if (local) out.push({ spec, division, items: [...itemsOf(national), ...itemsOf(local)] });
    }
  }
  return out;
}

export const day = (d: string): number => parseCivilDate(d);
export const date = (n: number): string => formatCivilDate(n);

/** Epoch days on which something may start or stop: each `from` and each day after a `to`. */
export function starts(items: readonly Dated[]): Set<number> {
  const s = new Set<number>();
  for (const i of items) {
    s.add(day(i.from));
    if (i.to !== undefined) s.add(day(i.to) + 1);
  }
  return s;
}

/** What the view says about the table, as a string that compares equal exactly when the results do. */
export function snapshot(view: PolicyView, spec: TableSpec): string {
  if (spec.kind === 'value') return JSON.stringify(view.value(spec));
  const members = [...view.members(spec)].sort((a, b) => (a.member + a.from < b.member + b.from ? -1 : 1));
  return JSON.stringify(members);
}
