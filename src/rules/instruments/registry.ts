/**
 * The registry of the instruments the built-in tables cite: every instrument constant of the
 * data modules, by id. Only what checks citations reads it (policy validation, the tests); a
 * table cites an instrument by reference (`cite(LAW_PASSPORT, …)`), so a bundle of tables carries
 * only the instruments they cite.
 *
 * @module
 */
import { type Instrument, InstrumentRegistry } from '../instrument.js';
import * as FEES from './fees.js';
import * as GUIDES from './guides.js';
import * as LAWS from './laws.js';
import * as LOCAL from './local.js';
import * as LOCAL_PRACTICES from './local-practices.js';
import * as MPS from './mps.js';
import * as NIA from './nia.js';
import * as TOURISM from './tourism.js';
import * as Y2026 from './y2026.js';

type Module = typeof FEES | typeof GUIDES | typeof LAWS | typeof LOCAL | typeof LOCAL_PRACTICES | typeof MPS | typeof NIA | typeof TOURISM | typeof Y2026;

/**
 * The id of an instrument of the built-in registry.
 *
 * @example
 * ```ts
 * const id: InstrumentId = 'law.passport';
 * ```
 */
export type InstrumentId = Extract<Module[keyof Module], Instrument>['id'];

const isInstrument = (v: unknown): v is Instrument =>
  typeof v === 'object' && v !== null && typeof (v as Instrument).id === 'string' && typeof (v as Instrument).kind === 'string' && typeof (v as Instrument).evidence === 'object';

/**
 * The registry of the instruments the area tables cite (laws, regulations, notices,
 * announcements, standards, guides, local measures, press reports), sorted by id: every
 * instrument constant of the data modules (each defined once; an id used twice throws at load),
 * as tables cite them — what checking a policy's citations needs. `AREA_INSTRUMENTS`
 * (`./documented.js`) is the same with each instrument's documentation joined in.
 *
 * @internal
 * @example
 * ```ts
 * CITABLE_INSTRUMENTS.get('fee.2000-293')?.effective; // '2000-05-01'
 * ```
 */
export const CITABLE_INSTRUMENTS: InstrumentRegistry = /* @__PURE__ */ new InstrumentRegistry(
  [FEES, GUIDES, LAWS, LOCAL, LOCAL_PRACTICES, MPS, NIA, TOURISM, Y2026].flatMap((m) => Object.values(m).filter(isInstrument)),
);
