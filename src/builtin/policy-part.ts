/**
 * The built-in policy is assembled from parts: each part is the tables one area (or one use,
 * such as a kiosk) contributes, with their national data and local measures. An entry point
 * assembles only the parts it reads, so a bundle carries only those tables. The parts are
 * validated by the tests (`parsePolicy` over the assembled policy), not at every start:
 * assembling trusts them and does not run zod.
 *
 * @module
 */
import type { LocalMeasures, Policy } from '../rules/policy.js';
import type { ReasonCatalogue } from '../rules/reasons.js';
import { deepFreeze } from '../rules/snapshot.js';
import { trustPolicy } from '../rules/trusted-policies.js';
import type { Label, TableData, TableSpec } from '../rules/table.js';

/**
 * The tables one area contributes to the built-in policy: their specs, national data by table
 * id, local measures (GB/T 2260 division code → table id → data) and the reasons it emits.
 *
 * @internal
 * @example
 * ```ts
 * const part: PolicyPart = { tables: [KIOSK_TABLES.services], national: { 'kiosk.services': data }, local: {}, reasons: {} };
 * ```
 */
export interface PolicyPart extends PolicyPartData {
  readonly tables: readonly TableSpec[];
}

/**
 * A part's data without its specs: what assembling a policy reads. An entry that only reads
 * the tables (the kiosk) assembles from this, so it carries none of the value schemas that
 * the specs hold for validation.
 *
 * @internal
 * @example
 * ```ts
 * const data: PolicyPartData = { national: { 'kiosk.services': services }, local: {}, reasons: {} };
 * ```
 */
export interface PolicyPartData {
  readonly national: Readonly<Record<string, TableData>>;
  readonly local: Readonly<Record<string, Readonly<Record<string, TableData>>>>;
  readonly reasons: ReasonCatalogue;
}

/**
 * The specs of every table of the parts, each once.
 *
 * @internal
 * @example
 * ```ts
 * partTables([KIOSK_PART]).map((t) => t.id); // ['kiosk.services', 'kiosk.immediate', …]
 * ```
 */
export function partTables(parts: readonly PolicyPart[]): readonly TableSpec[] {
  const byId = new Map<string, TableSpec>();
  for (const part of parts) for (const spec of part.tables) byId.set(spec.id, same(byId.get(spec.id), spec, spec.id));
  return Object.freeze([...byId.values()]);
}

/**
 * A policy made of the parts, deeply frozen, with no what-if changes. A table that two parts
 * carry must be the same data in both (the kiosk part shares tables with the place and
 * endorsement parts). Nothing is validated here: the tests validate the parts.
 *
 * `labelOf` names each division that has local measures (the built-in policy passes the
 * catalogue's names); without it the local measures have no label, which keeps the division
 * names out of a bundle that does not show them (the kiosk's).
 *
 * @internal
 * @example
 * ```ts
 * const p = assemblePolicy('churujing-kiosk', { 'zh-CN': '自助签注', en: 'Kiosk' }, [KIOSK_PART]);
 * ```
 */
export function assemblePolicy(id: string, title: Label, parts: readonly PolicyPartData[], labelOf?: (code: string) => Label | undefined): Policy {
  const national = new Map<string, TableData>();
  const local = new Map<string, Map<string, TableData>>();
  for (const part of parts) {
    for (const [table, data] of Object.entries(part.national)) national.set(table, same(national.get(table), data, table));
    for (const [code, tables] of Object.entries(part.local)) {
      let m = local.get(code);
      if (!m) local.set(code, (m = new Map()));
      for (const [table, data] of Object.entries(tables)) m.set(table, same(m.get(table), data, `${code}/${table}`));
    }
  }
  const measures: Record<string, LocalMeasures> = {};
  for (const [code, tables] of local) {
    const label = labelOf?.(code);
    const m: LocalMeasures = { ...(label ? { label } : {}), tables: Object.fromEntries(tables) };
    Object.defineProperty(measures, code, { value: m, enumerable: true, writable: true, configurable: true });
  }
  // the parts are validated by the tests: the policy is trusted (compiled without checks)
  return trustPolicy(deepFreeze({ schema: 'churujing.policy/1', id, title, national: Object.fromEntries(national), local: measures, changes: [] }) as Policy);
}

/**
 * The reason catalogues of the parts, merged.
 *
 * @internal
 * @example
 * ```ts
 * partReasons([KIOSK_PART])['kiosk.ok']?.en; // 'You can apply at this self-service kiosk'
 * ```
 */
export function partReasons(parts: readonly PolicyPartData[]): ReasonCatalogue {
  return Object.freeze(Object.assign({}, ...parts.map((p) => p.reasons)) as ReasonCatalogue);
}

function same<T>(known: T | undefined, next: T, what: string): T {
  if (known !== undefined && known !== next) throw new Error(`built-in policy parts disagree on ${what}`);
  return next;
}
