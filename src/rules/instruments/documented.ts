/**
 * The instruments of the registry with their documentation (the other places each was seen,
 * notes) joined in: what the reference list `instruments()` shows. (The State Council holiday
 * notices are added above the calendar: see `builtin/instruments.ts`.)
 *
 * @module
 */
import { type Instrument, InstrumentRegistry } from '../instrument.js';
import { deepFreeze } from '../snapshot.js';
import type { InstrumentDocumentation } from './define.js';
import { FEES_DOCUMENTATION } from './fees-documentation.js';
import { GUIDES_DOCUMENTATION } from './guides-documentation.js';
import { LAWS_DOCUMENTATION } from './laws-documentation.js';
import { LOCAL_DOCUMENTATION } from './local-documentation.js';
import { LOCAL_PRACTICES_DOCUMENTATION } from './local-practices-documentation.js';
import { MPS_DOCUMENTATION } from './mps-documentation.js';
import { NIA_DOCUMENTATION } from './nia-documentation.js';
import { CITABLE_INSTRUMENTS } from './registry.js';
import { TOURISM_DOCUMENTATION } from './tourism-documentation.js';
import { Y2026_DOCUMENTATION } from './y2026-documentation.js';

const DOCUMENTATION: readonly Readonly<Record<string, InstrumentDocumentation>>[] = [
  FEES_DOCUMENTATION,
  GUIDES_DOCUMENTATION,
  LAWS_DOCUMENTATION,
  LOCAL_DOCUMENTATION,
  LOCAL_PRACTICES_DOCUMENTATION,
  MPS_DOCUMENTATION,
  NIA_DOCUMENTATION,
  TOURISM_DOCUMENTATION,
  Y2026_DOCUMENTATION,
];

/** Every instrument of the registry joined with its documentation. */
function documented(): Instrument[] {
  const docs = new Map<string, InstrumentDocumentation>();
  for (const m of DOCUMENTATION) {
    for (const [id, d] of Object.entries(m)) {
      if (docs.has(id)) throw new Error(`instrument ${id} is documented twice`);
      docs.set(id, d);
    }
  }
  const out = CITABLE_INSTRUMENTS.all().map((i) => {
    const d = docs.get(i.id);
    docs.delete(i.id);
    return d === undefined ? i : deepFreeze({ ...i, ...d });
  });
  if (docs.size > 0) throw new Error(`documentation of instruments that are not defined: ${[...docs.keys()].join(', ')}`);
  return out;
}

/**
 * The registry of the instruments the area tables cite, sorted by id, each with its
 * documentation (`sources`, `note`) joined in.
 *
 * @internal
 * @example
 * ```ts
 * AREA_INSTRUMENTS.get('law.passport')?.sources?.[0]?.level; // 'reprint'
 * ```
 */
export const AREA_INSTRUMENTS: InstrumentRegistry = /* @__PURE__ */ new InstrumentRegistry(/* @__PURE__ */ documented());
