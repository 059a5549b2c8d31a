/**
 * The registry of the instruments the built-in tables cite, and `cite(id, …)`, the one way a
 * table entry, set member or reason names its source. (The State Council holiday notices are
 * added to the registry above the calendar: see `builtin/instruments.ts`.)
 *
 * @module
 */
import type { Citation } from '../citation.js';
import { type CiteOptions, type Instrument, InstrumentRegistry, citationOf } from '../instrument.js';
import { FEE_NOTICES } from './fees.js';
import { GUIDES } from './guides.js';
import { LAWS } from './laws.js';
import { LOCAL_MEASURES } from './local.js';
import { LOCAL_PRACTICE_INSTRUMENTS } from './local-practices.js';
import { MPS_INSTRUMENTS } from './mps.js';
import { NIA_INSTRUMENTS } from './nia.js';
import { TOURISM_INSTRUMENTS } from './tourism.js';
import { Y2026_INSTRUMENTS } from './y2026.js';

const ALL = { ...LAWS, ...FEE_NOTICES, ...MPS_INSTRUMENTS, ...NIA_INSTRUMENTS, ...TOURISM_INSTRUMENTS, ...GUIDES, ...LOCAL_MEASURES, ...LOCAL_PRACTICE_INSTRUMENTS, ...Y2026_INSTRUMENTS };

/**
 * The id of an instrument of the built-in registry.
 *
 * @example
 * ```ts
 * const id: InstrumentId = 'law.passport';
 * ```
 */
export type InstrumentId = keyof typeof ALL;

/**
 * The registry of the instruments the area tables cite (laws, regulations, notices,
 * announcements, standards, guides, local measures, press reports), sorted by id.
 *
 * @internal
 * @example
 * ```ts
 * AREA_INSTRUMENTS.get('fee.2000-293')?.effective; // '2000-05-01'
 * ```
 */
export const AREA_INSTRUMENTS: InstrumentRegistry = new InstrumentRegistry(Object.values(ALL) as Instrument[]);

/** The plain citation of each instrument, shared. */
const PLAIN = new Map<string, Citation>();

/**
 * The citation of a registry instrument, frozen: what tables, set members and reasons carry.
 * Without options the same object is returned each time.
 *
 * @internal
 * @throws `Error` for an id the registry does not hold (a programming error in the data).
 * @example
 * ```ts
 * cite('law.passport', { article: '第七条' }).title; // '中华人民共和国护照法'
 * ```
 */
export function cite(id: InstrumentId, options?: CiteOptions): Citation {
  const i = AREA_INSTRUMENTS.get(id);
  if (!i) throw new Error(`no instrument ${id} in the registry`);
  if (options === undefined) {
    let c = PLAIN.get(id);
    if (c === undefined) PLAIN.set(id, (c = citationOf(i)));
    return c;
  }
  return citationOf(i, options);
}

export { paraphrase, verbatim, type CiteOptions } from '../instrument.js';
