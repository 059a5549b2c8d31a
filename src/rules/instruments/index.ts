/**
 * The instruments the built-in tables cite, each an exported constant, and `cite(instrument, …)`,
 * the one way a table entry, set member or reason names its source. Citing by reference lets a
 * bundler keep only the instruments a bundle's tables cite; the registry of them all (for
 * `instruments()` and policy validation) is `./registry.js`.
 *
 * @module
 */
import type { Citation } from '../citation.js';
import { type CiteOptions, type Instrument, citationOf } from '../instrument.js';

export * from './fees.js';
export * from './guides.js';
export * from './laws.js';
export * from './local.js';
export * from './local-practices.js';
export * from './mps.js';
export * from './nia.js';
export * from './tourism.js';
export * from './y2026.js';
export { CITABLE_INSTRUMENTS, type InstrumentId } from './registry.js';
export { AREA_INSTRUMENTS } from './documented.js';

/** The plain citation of each instrument, shared (at most one per instrument). */
const PLAIN = new WeakMap<Instrument, Citation>();

/**
 * The citation of an instrument of the registry, frozen: what tables, set members and reasons
 * carry. Without options the same object is returned each time.
 *
 * @internal
 * @example
 * ```ts
 * cite(LAW_PASSPORT, { article: '第七条' }).title; // '中华人民共和国护照法'
 * ```
 */
export function cite(instrument: Instrument, options?: CiteOptions): Citation {
  if (options === undefined) {
    let c = PLAIN.get(instrument);
    if (c === undefined) PLAIN.set(instrument, (c = citationOf(instrument)));
    return c;
  }
  return citationOf(instrument, options);
}

export { paraphrase, verbatim, type CiteOptions, type Instrument } from '../instrument.js';
