/**
 * How the registry's data modules declare instruments: each instrument is an exported constant
 * (`export const LAW_PASSPORT = instrument('law.passport', { … })`) that tables cite by reference
 * (`cite(LAW_PASSPORT, { article: '第七条' })`), so a bundler keeps only the instruments a bundle's
 * tables cite, and the compiler checks every reference.
 *
 * @module
 */
import type { Instrument } from '../instrument.js';
import { deepFreeze } from '../snapshot.js';

/** An instrument without its id (the first argument of {@link instrument}). @internal */
export type InstrumentData = Omit<Instrument, 'id'>;

/**
 * An instrument with id `id`, deeply frozen; its type keeps the id as a literal (the registry's
 * `InstrumentId` is the union of them). Call it as `/* @__PURE__ *\/ instrument(…)` so that an
 * instrument no table cites is dropped from bundles.
 *
 * @internal
 * @example
 * ```ts
 * export const FEE_2000_293 = /* @__PURE__ *\/ instrument('fee.2000-293', { kind: 'notice', issuer: '…', title: '…', evidence: { level: 'reprint' } });
 * FEE_2000_293.id; // 'fee.2000-293'
 * ```
 */
export function instrument<const I extends string>(id: I, data: InstrumentData): Instrument & { readonly id: I } {
  return deepFreeze({ id, ...data });
}

/**
 * What only the reference list reads about an instrument: the other places it was seen
 * (reprints, press reports, summaries) and a note. Kept apart from the instrument so that
 * bundles of tables, which copy an instrument's issuer, title, number, official URL, dates and
 * evidence into their citations, do not carry it; the registry joins the two.
 *
 * @internal
 */
export type InstrumentDocumentation = Pick<Instrument, 'sources' | 'note'>;

/**
 * The documentation of a data module's instruments by id, deeply frozen (the registry checks that
 * every id is one of its instruments).
 *
 * @internal
 * @example
 * ```ts
 * export const LAWS_DOCUMENTATION = /* @__PURE__ *\/ documentation({ 'law.passport': { sources: [{ url: '…', level: 'reprint' }] } });
 * ```
 */
export function documentation(docs: Readonly<Record<string, InstrumentDocumentation>>): Readonly<Record<string, InstrumentDocumentation>> {
  return deepFreeze(docs);
}
