/**
 * The tables of the offices' local practices as a {@link PolicyPart}: opening hours and kiosk
 * hours, the catalogue of practices, services kept at the city's own office, the window's
 * on-the-spot issue, appointments, the green channel, the business-filing limit and the screen
 * of HK/Macau endorsement applicants.
 *
 * @module
 */
import { HKMO_REFUSAL_GROUNDS, HKMO_REFUSAL_GROUNDS_MEMBER, HKMO_SCREEN_LOCAL, HKMO_SCREEN_NATIONAL, HKMO_SCREEN_REASONS } from '../documents/endorsements/hkmo-offence-screen.js';
import { BUSINESS_FILING_LIMIT, BUSINESS_FILING_LOCAL, BUSINESS_FILING_NATIONAL } from '../deadlines/business-filing.js';
import { GREEN_CHANNEL, GREEN_CHANNEL_LOCAL, GREEN_CHANNEL_NATIONAL } from '../deadlines/green-channel.js';
import { APPOINTMENT_LOCAL, APPOINTMENT_NATIONAL, APPOINTMENT_RULE } from '../eligibility/appointments.js';
import { LOCAL_PRACTICE_REASONS } from '../eligibility/local-practice-reasons.js';
import { LOCAL_PRACTICE_LOCAL, LOCAL_PRACTICE_NATIONAL, LOCAL_PRACTICE_TABLES } from '../eligibility/local-practice-tables.js';
import { OFFICE_HOURS, OFFICE_HOURS_LOCAL, OFFICE_HOURS_NATIONAL, OFFICE_HOURS_VALUE } from '../eligibility/office-hours-tables.js';
import { type TableData, type TableSpec, setTableSpec, valueTableSpec } from '../rules/table.js';
import type { PolicyPart } from './policy-part.js';

function merge(...groups: readonly Readonly<Record<string, Readonly<Record<string, TableData>>>>[]): Record<string, Record<string, TableData>> {
  const out: Record<string, Record<string, TableData>> = {};
  for (const g of groups) for (const [code, tables] of Object.entries(g)) Object.assign((out[code] ??= {}), tables);
  return out;
}

/**
 * The local-practice part.
 *
 * @internal
 * @example
 * ```ts
 * LOCAL_PRACTICE_PART.tables.map((t) => t.id).includes('office.hours'); // true
 * ```
 */
export const LOCAL_PRACTICE_PART: PolicyPart = /* @__PURE__ */ Object.freeze({
  tables: [
    valueTableSpec(OFFICE_HOURS, OFFICE_HOURS_VALUE) as TableSpec,
    LOCAL_PRACTICE_TABLES.practices,
    LOCAL_PRACTICE_TABLES.centreOnly as TableSpec,
    LOCAL_PRACTICE_TABLES.windowImmediate,
    LOCAL_PRACTICE_TABLES.windowImmediateRule as TableSpec,
    APPOINTMENT_RULE as TableSpec,
    GREEN_CHANNEL as TableSpec,
    BUSINESS_FILING_LIMIT as TableSpec,
    setTableSpec(HKMO_REFUSAL_GROUNDS, HKMO_REFUSAL_GROUNDS_MEMBER),
  ],
  national: { ...OFFICE_HOURS_NATIONAL, ...LOCAL_PRACTICE_NATIONAL, ...APPOINTMENT_NATIONAL, ...GREEN_CHANNEL_NATIONAL, ...BUSINESS_FILING_NATIONAL, ...HKMO_SCREEN_NATIONAL },
  local: merge(OFFICE_HOURS_LOCAL, LOCAL_PRACTICE_LOCAL, APPOINTMENT_LOCAL, GREEN_CHANNEL_LOCAL, BUSINESS_FILING_LOCAL, HKMO_SCREEN_LOCAL),
  reasons: { ...LOCAL_PRACTICE_REASONS, ...HKMO_SCREEN_REASONS },
});
