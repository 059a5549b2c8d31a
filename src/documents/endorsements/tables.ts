/**
 * The endorsement part of the built-in policy: table specs, the national tables, the local
 * measures (division code → table id → data) and the reason catalogue. The maintainer assembles
 * them into the default policy; tests build a policy from them with `parsePolicy`.
 *
 * Tables (id → what):
 * - `endorsement.hkmo.place` — where HK/Macau endorsements may be applied for, per type;
 * - `endorsement.hkmo.{T,S,L,G,Q,D,talent}.options` — option rules per destination;
 * - `endorsement.hkmo.tourism.stay-days`, `.S.stay-days`, `.Q.stay-days`, `.talent.stay-days`;
 * - `endorsement.hkmo.G.cities` (set), `.G.residence-permit`, `.G.city-regimes` (local);
 * - `endorsement.hkmo.tourism.suspended` (national + local resumptions);
 * - `endorsement.hkmo.D.macau-study-cap-months`; `endorsement.hkmo.talent.areas` (set);
 * - `endorsement.permit.min-remaining-days` (empty: no such rule nationally);
 * - `endorsement.taiwan.place`, `endorsement.taiwan.{L,G,T,D,J,Y,F,X,C,Q}.options`,
 *   `endorsement.taiwan.G.cities` (set), `.G.stay-days`, `.G.residence-permit`.
 *
 * @module
 */
import type { TableData, TableSpec } from '../../rules/table.js';
import { D_MACAU_STUDY_CAP, D_MACAU_STUDY_CAP_DATA } from './hkmo-d-macau-study-cap.js';
import { D_OPTIONS, D_OPTIONS_DATA } from './hkmo-d-options.js';
import { G_CITIES, G_CITIES_DATA } from './hkmo-g-cities.js';
import { G_CITY_REGIMES, G_CITY_REGIMES_DATA, SHENZHEN_REGIMES_DATA, ZHUHAI_REGIMES_DATA } from './hkmo-g-city-regimes.js';
import { G_OPTIONS, G_OPTIONS_DATA } from './hkmo-g-options.js';
import { G_RESIDENCE_PERMIT, G_RESIDENCE_PERMIT_DATA } from './hkmo-g-residence-permit.js';
import { L_OPTIONS, L_OPTIONS_DATA } from './hkmo-l-options.js';
import { HKMO_PLACE, HKMO_PLACE_DATA } from './hkmo-place.js';
import { Q_OPTIONS, Q_OPTIONS_DATA } from './hkmo-q-options.js';
import { Q_STAY_DAYS, Q_STAY_DAYS_DATA } from './hkmo-q-stay.js';
import { S_OPTIONS, S_OPTIONS_DATA } from './hkmo-s-options.js';
import { S_STAY_DAYS, S_STAY_DAYS_DATA } from './hkmo-s-stay.js';
import { T_OPTIONS, T_OPTIONS_DATA } from './hkmo-t-options.js';
import { TALENT_AREAS, TALENT_AREAS_DATA, TALENT_OPTIONS, TALENT_OPTIONS_DATA, TALENT_STAY_DAYS, TALENT_STAY_DAYS_DATA } from './hkmo-talent.js';
import { GUANGDONG_SUSPENSION_DATA, TOURISM_SUSPENSION, TOURISM_SUSPENSION_DATA, ZHUHAI_SUSPENSION_DATA } from './hkmo-tourism-suspension.js';
import { TOURISM_STAY_DAYS, TOURISM_STAY_DAYS_DATA } from './hkmo-tourism-stay.js';
import { PERMIT_MIN_REMAINING_DAYS, PERMIT_MIN_REMAINING_DAYS_DATA } from './permit-min-remaining.js';
import { TAIWAN_G_CITIES, TAIWAN_G_CITIES_DATA, TAIWAN_G_RESIDENCE_PERMIT, TAIWAN_G_RESIDENCE_PERMIT_DATA, TAIWAN_G_STAY_DAYS, TAIWAN_G_STAY_DAYS_DATA } from './taiwan-g.js';
import { TAIWAN_OPTIONS, TAIWAN_OPTIONS_DATA } from './taiwan-options.js';
import { TAIWAN_PLACE, TAIWAN_PLACE_DATA } from './taiwan-place.js';
import { TAIWAN_TYPES } from './catalogue.js';
import { deepFreeze } from '../../rules/snapshot.js';
import { frozenSpecs } from '../checks.js';

export { ENDORSEMENT_REASONS } from './reasons.js';

const pairs: readonly (readonly [TableSpec, TableData])[] = [
  [HKMO_PLACE as TableSpec, HKMO_PLACE_DATA],
  [T_OPTIONS as TableSpec, T_OPTIONS_DATA],
  [S_OPTIONS as TableSpec, S_OPTIONS_DATA],
  [S_STAY_DAYS as TableSpec, S_STAY_DAYS_DATA],
  [L_OPTIONS as TableSpec, L_OPTIONS_DATA],
  [G_OPTIONS as TableSpec, G_OPTIONS_DATA],
  [TOURISM_STAY_DAYS as TableSpec, TOURISM_STAY_DAYS_DATA],
  [G_CITIES, G_CITIES_DATA],
  [G_RESIDENCE_PERMIT as TableSpec, G_RESIDENCE_PERMIT_DATA],
  [G_CITY_REGIMES as TableSpec, G_CITY_REGIMES_DATA],
  [TOURISM_SUSPENSION as TableSpec, TOURISM_SUSPENSION_DATA],
  [Q_OPTIONS as TableSpec, Q_OPTIONS_DATA],
  [Q_STAY_DAYS as TableSpec, Q_STAY_DAYS_DATA],
  [D_OPTIONS as TableSpec, D_OPTIONS_DATA],
  [D_MACAU_STUDY_CAP as TableSpec, D_MACAU_STUDY_CAP_DATA],
  [TALENT_OPTIONS as TableSpec, TALENT_OPTIONS_DATA],
  [TALENT_STAY_DAYS as TableSpec, TALENT_STAY_DAYS_DATA],
  [TALENT_AREAS, TALENT_AREAS_DATA],
  [PERMIT_MIN_REMAINING_DAYS as TableSpec, PERMIT_MIN_REMAINING_DAYS_DATA],
  [TAIWAN_PLACE as TableSpec, TAIWAN_PLACE_DATA],
  ...TAIWAN_TYPES.map((t) => [TAIWAN_OPTIONS[t] as TableSpec, TAIWAN_OPTIONS_DATA[t]] as const),
  [TAIWAN_G_CITIES, TAIWAN_G_CITIES_DATA],
  [TAIWAN_G_STAY_DAYS as TableSpec, TAIWAN_G_STAY_DAYS_DATA],
  [TAIWAN_G_RESIDENCE_PERMIT as TableSpec, TAIWAN_G_RESIDENCE_PERMIT_DATA],
];

/**
 * Specs of every endorsement table.
 *
 * @example
 * ```ts
 * parsePolicy(json, [...OTHER_TABLES, ...ENDORSEMENT_TABLES]);
 * ```
 */
export const ENDORSEMENT_TABLES: readonly TableSpec[] = /* @__PURE__ */ frozenSpecs(pairs.map(([spec]) => spec));

/**
 * National endorsement tables by id.
 *
 * @example
 * ```ts
 * ENDORSEMENT_NATIONAL['endorsement.hkmo.G.cities'];
 * ```
 */
export const ENDORSEMENT_NATIONAL: Readonly<Record<string, TableData>> = /* @__PURE__ */ deepFreeze(Object.fromEntries(pairs.map(([spec, data]) => [spec.id, data])));

/**
 * Local measures: division code → table id → data. Shenzhen (440300) and Zhuhai (440400, with
 * Hengqin as a zone) city regimes; the Macau tourist-endorsement resumptions of Zhuhai
 * (2020-08-12) and Guangdong (440000, 2020-08-26).
 *
 * @example
 * ```ts
 * ENDORSEMENT_LOCAL['440300']?.['endorsement.hkmo.G.city-regimes'];
 * ```
 */
export const ENDORSEMENT_LOCAL: Readonly<Record<string, Readonly<Record<string, TableData>>>> = /* @__PURE__ */ deepFreeze({
  '440000': { [TOURISM_SUSPENSION.id]: GUANGDONG_SUSPENSION_DATA },
  '440300': { [G_CITY_REGIMES.id]: SHENZHEN_REGIMES_DATA },
  '440400': { [G_CITY_REGIMES.id]: ZHUHAI_REGIMES_DATA, [TOURISM_SUSPENSION.id]: ZHUHAI_SUSPENSION_DATA },
});
