/**
 * The tables a self-service kiosk check reads (`canSelfServe` with the default scheme lookups),
 * as a {@link PolicyPart}: the kiosk tables, the residence-permit route, and the endorsement
 * tables of the individual-visit scheme (HK/Macau and Taiwan scheme cities, the city regimes of
 * Shenzhen and Zhuhai). The same data objects as in the place and endorsement parts, so a
 * kiosk policy answers exactly as the whole built-in policy does.
 *
 * @module
 */
import { G_CITIES, G_CITIES_DATA } from '../documents/endorsements/hkmo-g-cities.js';
import { G_CITY_REGIMES, G_CITY_REGIMES_DATA, SHENZHEN_REGIMES_DATA, ZHUHAI_REGIMES_DATA } from '../documents/endorsements/hkmo-g-city-regimes.js';
import { TAIWAN_G_CITIES, TAIWAN_G_CITIES_DATA } from '../documents/endorsements/taiwan-g.js';
import { KIOSK_LOCAL, KIOSK_NATIONAL, KIOSK_TABLES } from '../eligibility/kiosk-tables.js';
import { KIOSK_REASON_CATALOGUE } from '../eligibility/place-reasons.js';
import { PLACE_ROUTE_LOCAL, PLACE_ROUTE_NATIONAL, PLACE_ROUTE_TABLES } from '../eligibility/place-tables.js';
import type { TableData, TableSpec } from '../rules/table.js';
import type { PolicyPart } from './policy-part.js';

const RESIDENCE_PERMIT = PLACE_ROUTE_TABLES.residencePermit.id;

/** The local measures of one table, by division code. */
function localOf(local: Readonly<Record<string, Readonly<Record<string, TableData>>>>, id: string): Record<string, Record<string, TableData>> {
  const out: Record<string, Record<string, TableData>> = {};
  for (const [code, tables] of Object.entries(local)) {
    const t = tables[id];
    if (t !== undefined && Object.hasOwn(tables, id)) out[code] = { [id]: t };
  }
  return out;
}

function kioskPart(): PolicyPart {
  const local: Record<string, Record<string, TableData>> = {};
  const add = (code: string, id: string, data: TableData): void => {
    (local[code] ??= {})[id] = data;
  };
  for (const [code, tables] of Object.entries(KIOSK_LOCAL)) for (const [id, data] of Object.entries(tables)) add(code, id, data);
  for (const [code, tables] of Object.entries(localOf(PLACE_ROUTE_LOCAL, RESIDENCE_PERMIT))) for (const [id, data] of Object.entries(tables)) add(code, id, data);
  add('440300', G_CITY_REGIMES.id, SHENZHEN_REGIMES_DATA);
  add('440400', G_CITY_REGIMES.id, ZHUHAI_REGIMES_DATA);
  const residencePermit = PLACE_ROUTE_NATIONAL[RESIDENCE_PERMIT];
  if (residencePermit === undefined) throw new Error(`kiosk part: no national data for ${RESIDENCE_PERMIT}`);
  return {
    tables: [KIOSK_TABLES.services as TableSpec, KIOSK_TABLES.immediate, PLACE_ROUTE_TABLES.residencePermit as TableSpec, G_CITIES, TAIWAN_G_CITIES, G_CITY_REGIMES as TableSpec],
    national: {
      ...KIOSK_NATIONAL,
      [RESIDENCE_PERMIT]: residencePermit,
      [G_CITIES.id]: G_CITIES_DATA,
      [TAIWAN_G_CITIES.id]: TAIWAN_G_CITIES_DATA,
      [G_CITY_REGIMES.id]: G_CITY_REGIMES_DATA,
    },
    local,
    reasons: KIOSK_REASON_CATALOGUE,
  };
}

/**
 * The kiosk part.
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(KIOSK_PART.national); // ['kiosk.services', 'kiosk.immediate', 'place.residence-permit', …]
 * ```
 */
export const KIOSK_PART: PolicyPart = /* @__PURE__ */ kioskPart();
