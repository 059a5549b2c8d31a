/**
 * How the registry's data modules declare instruments: keyed by id, so that `cite(id)` is
 * checked by the compiler as well as at load.
 *
 * @module
 */
import type { Instrument } from '../instrument.js';
import { deepFreeze } from '../snapshot.js';

/** An instrument without its id (the key it is declared under). @internal */
export type InstrumentData = Omit<Instrument, 'id'>;

/**
 * Instruments keyed by id, each with its id filled in, deeply frozen.
 *
 * @internal
 * @example
 * ```ts
 * const FEES = defineInstruments({ 'fee.2000-293': { kind: 'notice', issuer: '…', title: '…', evidence: { level: 'reprint' } } });
 * FEES['fee.2000-293'].id; // 'fee.2000-293'
 * ```
 */
export function defineInstruments<const T extends Readonly<Record<string, InstrumentData>>>(defs: T): { readonly [K in keyof T & string]: Instrument } {
  const out: Record<string, Instrument> = {};
  for (const [id, data] of Object.entries(defs)) Object.defineProperty(out, id, { value: { id, ...data }, enumerable: true });
  return deepFreeze(out) as { readonly [K in keyof T & string]: Instrument };
}

