/**
 * The tables a self-service kiosk check reads (`canSelfServe` with the default scheme lookups),
 * as a {@link PolicyPart}: the kiosk tables, the residence-permit route, and the endorsement
 * tables (once the kiosk may serve the applicant, the endorsement rules decide whether the
 * endorsement may be granted: options, places, suspensions, scheme cities, city regimes). The
 * same data objects as in the place and endorsement parts, so a kiosk policy answers exactly as
 * the whole built-in policy does; the fee, processing, materials and document tables stay out.
 *
 * @module
 */
import { ENDORSEMENT_LOCAL, ENDORSEMENT_NATIONAL, ENDORSEMENT_REASONS, ENDORSEMENT_TABLES } from '../documents/endorsements/tables.js';
import { KIOSK_LOCAL, KIOSK_NATIONAL, KIOSK_TABLE_SPECS } from '../eligibility/kiosk-tables.js';
import { KIOSK_REASON_CATALOGUE } from '../eligibility/place-reasons.js';
import { PLACE_ROUTE_TABLES, routeRuleSchema } from '../eligibility/place-tables.js';
import { RESIDENCE_PERMIT_ROUTE_DATA } from '../eligibility/place-residence-permit.js';
import { type TableData, type TableSpec, setTableSpec, valueTableSpec } from '../rules/table.js';
import { HKMO_REFUSAL_GROUNDS, HKMO_REFUSAL_GROUNDS_MEMBER, HKMO_SCREEN_LOCAL, HKMO_SCREEN_NATIONAL, HKMO_SCREEN_REASONS } from '../documents/endorsements/hkmo-offence-screen.js';
import { OFFICE_HOURS, OFFICE_HOURS_LOCAL, OFFICE_HOURS_NATIONAL, OFFICE_HOURS_VALUE } from '../eligibility/office-hours-tables.js';
import type { PolicyPart, PolicyPartData } from './policy-part.js';

const RESIDENCE_PERMIT = PLACE_ROUTE_TABLES.residencePermit.id;

function kioskPart(): PolicyPartData {
  const local: Record<string, Record<string, TableData>> = {};
  const add = (code: string, id: string, data: TableData): void => {
    (local[code] ??= {})[id] = data;
  };
  for (const [code, tables] of Object.entries(KIOSK_LOCAL)) for (const [id, data] of Object.entries(tables)) add(code, id, data);
  for (const [code, tables] of Object.entries(ENDORSEMENT_LOCAL)) for (const [id, data] of Object.entries(tables)) add(code, id, data);
  // the residence-permit route has no local measures (the suite compares the kiosk policy with the
  // built-in one, table by table); the kiosk's issuing hours and the HK/Macau screen are read too
  for (const group of [OFFICE_HOURS_LOCAL, HKMO_SCREEN_LOCAL] as readonly Readonly<Record<string, Readonly<Record<string, TableData>>>>[]) for (const [code, tables] of Object.entries(group)) for (const [id, data] of Object.entries(tables)) add(code, id, data);
  return {
    national: { ...KIOSK_NATIONAL, [RESIDENCE_PERMIT]: RESIDENCE_PERMIT_ROUTE_DATA, ...ENDORSEMENT_NATIONAL, ...OFFICE_HOURS_NATIONAL, ...HKMO_SCREEN_NATIONAL },
    local,
    reasons: { ...KIOSK_REASON_CATALOGUE, ...ENDORSEMENT_REASONS, ...HKMO_SCREEN_REASONS },
  };
}

/**
 * The kiosk part's data (the kiosk policy is assembled from it; its specs are
 * {@link KIOSK_PART}'s).
 *
 * @internal
 * @example
 * ```ts
 * Object.keys(KIOSK_PART_DATA.national); // ['kiosk.services', 'kiosk.immediate', 'place.residence-permit', …]
 * ```
 */
export const KIOSK_PART_DATA: PolicyPartData = /* @__PURE__ */ kioskPart();

/**
 * The kiosk part: its data and the specs of its tables, for validating it (the kiosk entry
 * needs only the data).
 *
 * @internal
 * @example
 * ```ts
 * KIOSK_PART.tables.map((t) => t.id); // ['kiosk.services', 'kiosk.immediate', 'place.residence-permit', …]
 * ```
 */
export const KIOSK_PART: PolicyPart = /* @__PURE__ */ (() => ({
  ...KIOSK_PART_DATA,
  tables: [
    ...KIOSK_TABLE_SPECS,
    valueTableSpec(PLACE_ROUTE_TABLES.residencePermit, routeRuleSchema) as TableSpec,
    ...ENDORSEMENT_TABLES,
    valueTableSpec(OFFICE_HOURS, OFFICE_HOURS_VALUE) as TableSpec,
    setTableSpec(HKMO_REFUSAL_GROUNDS, HKMO_REFUSAL_GROUNDS_MEMBER),
  ],
}))();
